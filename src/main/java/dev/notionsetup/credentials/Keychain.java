package dev.notionsetup.credentials;

import dev.notionsetup.token.Secret;

import java.util.Optional;

/**
 * The operating system's credential store, holding one token per {@link Profile}. Every call is bounded in
 * time and every failure is a {@link KeychainException}; the secret travels to the store only on a
 * program's stdin, never in its arguments or environment.
 */
public interface Keychain {
    /** The profile's token, or empty when there is none. */
    Optional<Secret> read(Profile profile);

    /** Keeps {@code secret} as the profile's token, replacing any earlier one. */
    void store(Profile profile, Secret secret);

    /** Removes the profile's token; false when there was none. */
    boolean delete(Profile profile);

    /** Where the profile's entry lives, in the store's own terms, for messages and docs. */
    String describe(Profile profile);
}
