package dev.notionsetup.testing;

import dev.notionsetup.credentials.Keychain;
import dev.notionsetup.credentials.KeychainException;
import dev.notionsetup.credentials.Profile;
import dev.notionsetup.token.Secret;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A keychain in memory that counts its calls and fails on cue with one of the real failures. */
public final class FakeKeychain implements Keychain {
    public final Map<String, String> entries = new HashMap<>();
    public int calls;
    private KeychainException failure;
    private int failuresLeft;

    /** Every call from now on fails with {@code kind}, as the real backends report it. */
    public FakeKeychain failing(KeychainException.Kind kind) {
        return failing(kind, Integer.MAX_VALUE);
    }

    /** The next {@code times} calls fail with {@code kind}; those after them work (the keychain was unlocked). */
    public FakeKeychain failing(KeychainException.Kind kind, int times) {
        this.failure = new KeychainException(kind, "The keychain failed (" + kind + ").", "Fix the keychain.");
        this.failuresLeft = times;
        return this;
    }

    public FakeKeychain with(String profile, String token) {
        entries.put(profile, token);
        return this;
    }

    @Override
    public Optional<Secret> read(Profile profile) {
        call();
        return Optional.ofNullable(entries.get(profile.name())).map(Secret::of);
    }

    @Override
    public void store(Profile profile, Secret secret) {
        call();
        entries.put(profile.name(), secret.reveal());
    }

    @Override
    public boolean delete(Profile profile) {
        call();
        return entries.remove(profile.name()) != null;
    }

    @Override
    public String describe(Profile profile) {
        return "the test keychain entry " + profile;
    }

    private void call() {
        calls++;
        if (failure != null && failuresLeft > 0) {
            failuresLeft--;
            throw failure;
        }
    }
}
