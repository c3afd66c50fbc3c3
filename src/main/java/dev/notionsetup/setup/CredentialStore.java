package dev.notionsetup.setup;

import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.envfile.ExportedVariableCheck;
import dev.notionsetup.envfile.GitIgnoreAdvice;
import dev.notionsetup.envfile.WriteResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the token is kept: the env file, plus the two things around it that silently defeat a correct
 * file (a different token already exported under the same name, which dotenv loaders do not override; and a
 * .env that git would commit). The token's variable is NOTION_API_KEY unless --var names another.
 */
public final class CredentialStore {
    public static final String DATABASE_KEY = "NOTION_DATABASE_ID";
    /** Saved beside the database id where the version in use has data sources (2025-09-03 on). */
    public static final String DATA_SOURCE_KEY = "NOTION_DATA_SOURCE_ID";
    private final EnvFile file;
    private final String shownName;
    private final GitIgnoreAdvice git;
    private final ExportedVariableCheck exported;
    private final String variable;

    /** {@code shownName} is the path as the user gave it, for messages ("./.env", "config/.env"). */
    public CredentialStore(EnvFile file, String shownName, GitIgnoreAdvice git, Map<String, String> env) {
        this(file, shownName, git, env, TokenSources.KEY);
    }

    /** {@code variable} is the token's variable name, already checked by {@link TokenVariable#check}. */
    public CredentialStore(EnvFile file, String shownName, GitIgnoreAdvice git, Map<String, String> env,
                           String variable) {
        this.file = file;
        this.shownName = shownName;
        this.git = git;
        this.exported = new ExportedVariableCheck(env);
        this.variable = variable;
    }

    /**
     * The same store writing to {@code other} instead (the wizard's way out when the write fails at the
     * end); a relative path is taken from this file's folder, which the question names.
     */
    public CredentialStore movedTo(Path other) {
        return new CredentialStore(file.movedTo(file.path().resolveSibling(other).normalize()), other.toString(), git,
                exported, variable);
    }

    private CredentialStore(EnvFile file, String shownName, GitIgnoreAdvice git, ExportedVariableCheck exported,
                            String variable) {
        this.file = file;
        this.shownName = shownName;
        this.git = git;
        this.exported = exported;
        this.variable = variable;
    }

    /** Throws EnvFileException (exit 5) now, before any question or request, when the write would be refused. */
    public void preflight() {
        file.preflight();
    }

    /** Whether a signal stopped this process's writes (then a failed write is no reason to ask anything). */
    public boolean writesStopped() {
        return file.writesStopped();
    }

    public String shownName() {
        return shownName;
    }

    public Path path() {
        return file.path();
    }

    /** The name the token is written under and read from: NOTION_API_KEY, or the one --var gave. */
    public String variable() {
        return variable;
    }

    public Optional<String> existingToken() {
        return file.get(variable).filter(v -> !v.isBlank());
    }

    /** Writes the token, and the database id when there is one, in one atomic write. */
    public WriteResult save(String token, Optional<String> databaseId) {
        return save(token, databaseId, Optional.empty());
    }

    /** Writes the token, the database id and its data source id when there are, in one atomic write. */
    public WriteResult save(String token, Optional<String> databaseId, Optional<String> dataSourceId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(variable, token);
        databaseId.ifPresent(id -> values.put(DATABASE_KEY, id));
        dataSourceId.ifPresent(id -> values.put(DATA_SOURCE_KEY, id));
        WriteResult written = file.set(values);
        Optional<String> tracked = git.trackedWarning(file.path(), shownName);
        if (tracked.isEmpty()) {
            return written;
        }
        List<String> warnings = new ArrayList<>(written.warnings());
        warnings.add(tracked.get());
        return new WriteResult(written.writtenTo(), written.created(), written.keysReplaced(), written.keysAdded(),
                warnings);
    }

    public Optional<String> existingDatabaseId() {
        return file.get(DATABASE_KEY).filter(v -> !v.isBlank());
    }

    public Optional<String> existingDataSourceId() {
        return file.get(DATA_SOURCE_KEY).filter(v -> !v.isBlank());
    }

    /** A warning when the environment already exports a different token, which would win over the file. */
    public Optional<String> environmentConflict(String token) {
        return exported.warning(variable, token, shownName);
    }

    public Optional<Path> gitignoreNeedingEntry() {
        return git.gitignoreNeedingEntry(file.path());
    }

    public void addGitignoreEntry(Path gitignore) {
        git.addEntry(gitignore, file.path());
    }
}
