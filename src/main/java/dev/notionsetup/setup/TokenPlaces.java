package dev.notionsetup.setup;

import dev.notionsetup.credentials.Keychain;
import dev.notionsetup.credentials.KeychainException;
import dev.notionsetup.credentials.Profile;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The places a token is stored, after those it is given in (TokenSources): the profile's keychain entry,
 * then the env file. A keychain that is not there at all (no secret-tool, no D-Bus session, no Secret
 * Service, no answer) holds no entry as far as reading goes: most machines that keep the token in .env have
 * no keychain, and a health check must not fail for that. A keychain that is there and refuses (locked,
 * denied, any other failure) is an error with its fix: the token may well be in it.
 */
public final class TokenPlaces {
    /** The failures that mean "there is no keychain to look in", not "the keychain refused". */
    public static final Set<KeychainException.Kind> ABSENT = EnumSet.of(KeychainException.Kind.NOT_INSTALLED,
            KeychainException.Kind.NO_SESSION_BUS, KeychainException.Kind.NO_SECRET_SERVICE,
            KeychainException.Kind.TIMED_OUT);

    private final Supplier<Keychain> keychain;
    private final Profile profile;
    private final CredentialStore store;

    public TokenPlaces(Supplier<Keychain> keychain, Profile profile, CredentialStore store) {
        this.keychain = keychain;
        this.profile = profile;
        this.store = store;
    }

    /** What looking in the keychain found: a token, nothing, or why there was no keychain to look in. */
    public record KeychainLook(Optional<GivenToken> token, Optional<KeychainException> absent) {
    }

    /** Looks in the profile's entry; throws only when the keychain is there and refuses. */
    public KeychainLook lookInKeychain() {
        try {
            return new KeychainLook(keychain.get().read(profile)
                    .map(secret -> new GivenToken(secret, TokenSource.KEYCHAIN, profile.name())),
                    Optional.empty());
        } catch (KeychainException e) {
            if (!ABSENT.contains(e.kind())) {
                throw e;
            }
            return new KeychainLook(Optional.empty(), Optional.of(e));
        }
    }

    /**
     * The profile's keychain token. When there is no keychain, {@code --verbose} says why in one line, and a
     * keychain that did not answer is said always: it cost the wait.
     */
    public Optional<GivenToken> fromKeychain(Output out, boolean verbose) {
        KeychainLook look = lookInKeychain();
        look.absent().filter(e -> verbose || e.kind() == KeychainException.Kind.TIMED_OUT)
                .ifPresent(e -> out.show(Tone.HINT, "Not read from the keychain: " + e.what()));
        return look.token();
    }

    /** The token variable's value in the env file. */
    public Optional<GivenToken> fromEnvFile() {
        return store.existingValue().map(value -> new GivenToken(Secret.of(value), TokenSource.ENV_FILE, store.variable()));
    }

    /** The profile's entry in the keychain's own terms. */
    public String keychainEntry() {
        return keychain.get().describe(profile);
    }

    public Profile profile() {
        return profile;
    }
}
