package dev.notionsetup.setup;

import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.envfile.ExportedVariableCheck;
import dev.notionsetup.envfile.GitIgnoreAdvice;
import dev.notionsetup.envfile.WriteResult;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the token is kept: the env file, plus the two things around it that silently defeat a correct
 * file (a different NOTION_API_KEY already exported, which dotenv loaders do not override; and a .env that
 * git would commit).
 */
public final class CredentialStore {
    public static final String DATABASE_KEY = "NOTION_DATABASE_ID";
    private final EnvFile file;
    private final String shownName;
    private final GitIgnoreAdvice git;
    private final ExportedVariableCheck exported;

    /** {@code shownName} is the path as the user gave it, for messages ("./.env", "config/.env"). */
    public CredentialStore(EnvFile file, String shownName, GitIgnoreAdvice git, Map<String, String> env) {
        this.file = file;
        this.shownName = shownName;
        this.git = git;
        this.exported = new ExportedVariableCheck(env);
    }

    public String shownName() {
        return shownName;
    }

    public Path path() {
        return file.path();
    }

    public Optional<String> existingToken() {
        return file.get(TokenSources.KEY).filter(v -> !v.isBlank());
    }

    /** Writes the token, and the database id when there is one, in one atomic write. */
    public WriteResult save(String token, Optional<String> databaseId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(TokenSources.KEY, token);
        databaseId.ifPresent(id -> values.put(DATABASE_KEY, id));
        return file.set(values);
    }

    public Optional<String> existingDatabaseId() {
        return file.get(DATABASE_KEY).filter(v -> !v.isBlank());
    }

    /** A warning when the environment already exports a different token, which would win over the file. */
    public Optional<String> environmentConflict(String token) {
        return exported.warning(TokenSources.KEY, token, shownName);
    }

    public Optional<Path> gitignoreNeedingEntry() {
        return git.gitignoreNeedingEntry(file.path());
    }

    public void addGitignoreEntry(Path gitignore) {
        git.addEntry(gitignore, file.path());
    }
}
