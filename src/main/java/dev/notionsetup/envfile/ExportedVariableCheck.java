package dev.notionsetup.envfile;

import dev.notionsetup.token.Secret;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Notices when a key written to .env is also exported in the environment with another value. Node's and
 * Python's dotenv (and docker compose) leave an existing environment variable alone by default, so the
 * program would keep using the old token although .env holds the new one.
 */
public final class ExportedVariableCheck {
    private final Map<String, String> environment;

    public ExportedVariableCheck(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** A one-line warning (naming the key, never a value) when the environment holds a different value. */
    public Optional<String> warning(String key, Secret valueInFile, String envFileName) {
        Objects.requireNonNull(valueInFile, "valueInFile");
        String exported = environment.get(Objects.requireNonNull(key, "key"));
        if (exported == null || Secret.of(exported).equals(valueInFile)) {
            return Optional.empty();
        }
        return Optional.of(key + " is also set in your environment to a different value, and most dotenv loaders"
                + " keep that one instead of " + envFileName + "'s; run `unset " + key + "` (or update it).");
    }
}
