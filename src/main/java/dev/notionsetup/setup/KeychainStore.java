package dev.notionsetup.setup;

import dev.notionsetup.credentials.Keychain;
import dev.notionsetup.credentials.Profile;
import dev.notionsetup.envfile.WriteResult;
import dev.notionsetup.token.Secret;
import dev.notionsetup.token.Secrets;

import java.util.Optional;

/** The profile's keychain entry, as the place setup keeps the token instead of the env file. */
public record KeychainStore(Keychain keychain, Profile profile) {
    /** "the Secret Service entry service=notion-setup account=default", for messages. */
    public String entry() {
        return keychain.describe(profile);
    }

    /**
     * Keeps the token in the entry (unless {@code tokenUnchanged}), then writes to {@code file} only the database
     * ids that changed. The keychain first: when it fails (KeychainException), nothing at all was written. Empty
     * when the file needed no write.
     */
    public Optional<WriteResult> save(CredentialStore file, Secret token, boolean tokenUnchanged,
                                      Optional<String> databaseId, Optional<String> dataSourceId) {
        if (!tokenUnchanged) {
            keychain.store(profile, token);
        }
        boolean databaseUnchanged = (databaseId.isEmpty() || databaseId.equals(file.existingDatabaseId()))
                && (dataSourceId.isEmpty() || dataSourceId.equals(file.existingDataSourceId()));
        return databaseUnchanged ? Optional.empty() : Optional.of(file.saveDatabase(databaseId, dataSourceId));
    }

    /** The warning when the env file still holds a token beside the entry: other tools read the file. */
    public Optional<String> leftInFile(CredentialStore file) {
        return file.existingValue().map(old -> file.shownName() + " still holds " + file.variable() + " ("
                + Secrets.mask(old) + "); the keychain is read first, but other tools read the file: delete that"
                + " line when nothing needs it.");
    }
}
