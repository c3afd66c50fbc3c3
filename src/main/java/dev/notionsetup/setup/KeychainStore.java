package dev.notionsetup.setup;

import dev.notionsetup.credentials.Keychain;
import dev.notionsetup.credentials.Profile;

/** The profile's keychain entry, as the place setup keeps the token instead of the env file. */
public record KeychainStore(Keychain keychain, Profile profile) {
    /** "the Secret Service entry service=notion-setup account=default", for messages. */
    public String entry() {
        return keychain.describe(profile);
    }
}
