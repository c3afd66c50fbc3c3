package dev.notionsetup.setup;

import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.envfile.EnvFileException;
import dev.notionsetup.envfile.ExportedVariableCheck;
import dev.notionsetup.envfile.GitIgnoreAdvice;
import dev.notionsetup.envfile.WriteResult;
import dev.notionsetup.token.Secret;
import dev.notionsetup.token.TokenCleaner;
import dev.notionsetup.token.TokenVerdict;

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
 *
 * <p>A value under a --var name which is not a Notion token (--var DATABASE_URL on a file holding a connection
 * string) is someone else's setting: it is replaced only once the user agreed ({@link #mayReplaceOtherValue}),
 * and {@link #save} refuses otherwise, whatever path led there. Under NOTION_API_KEY and NOTION_API_TOKEN, the
 * names that mean a Notion token, any value is an old token or a placeholder, asked about as a token is.
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
    /** Whether the user agreed to replace a value under {@code variable} that is not a Notion token. */
    private final boolean replaceOther;

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
        this.replaceOther = false;
    }

    /**
     * The same store writing to {@code other} instead (the wizard's way out when the write fails at the
     * end); a relative path is taken from this file's folder, which the question names.
     */
    public CredentialStore movedTo(Path other) {
        // The agreement was about the value in this file; another file's value is asked about anew.
        return new CredentialStore(file.movedTo(file.path().resolveSibling(other).normalize()), other.toString(), git,
                exported, variable, false);
    }

    /** The same store, allowed to replace a value under the token's variable that is not a Notion token. */
    public CredentialStore mayReplaceOtherValue() {
        return new CredentialStore(file, shownName, git, exported, variable, true);
    }

    private CredentialStore(EnvFile file, String shownName, GitIgnoreAdvice git, ExportedVariableCheck exported,
                            String variable, boolean replaceOther) {
        this.file = file;
        this.shownName = shownName;
        this.git = git;
        this.exported = exported;
        this.variable = variable;
        this.replaceOther = replaceOther;
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

    /** What the file holds under the token's variable, token or not; empty when absent or blank. */
    public Optional<String> existingValue() {
        return file.get(variable).filter(v -> !v.isBlank());
    }

    /** The value under the token's variable unless it is another setting's: a token to keep, check or replace. */
    public Optional<Secret> existingToken() {
        return existingValue().filter(v -> !isOtherSetting(v)).map(Secret::of);
    }

    /**
     * Whether saving would replace another setting's value under --var's name (a connection string, another
     * service's key) without the user's agreement.
     */
    public boolean wouldReplaceOtherValue() {
        return !replaceOther && existingValue().filter(this::isOtherSetting).isPresent();
    }

    /** Not a Notion token (ntn_ or secret_ and a token's shape, judged as a paste is), under a name of --var's. */
    private boolean isOtherSetting(String value) {
        return !List.of(TokenSources.KEY, TokenSources.NTN_KEY).contains(variable)
                && !(TokenCleaner.clean(value).verdict() instanceof TokenVerdict.Acceptable);
    }

    /** Writes the token, and the database id when there is one, in one atomic write. */
    public WriteResult save(Secret token, Optional<String> databaseId) {
        return save(token, databaseId, Optional.empty());
    }

    /** Writes the token, the database id and its data source id when there are, in one atomic write. */
    public WriteResult save(Secret token, Optional<String> databaseId, Optional<String> dataSourceId) {
        if (wouldReplaceOtherValue() && !Secret.of(existingValue().orElseThrow()).equals(token)) {
            throw new EnvFileException(shownName + " already has " + variable + ", and its value is not a Notion"
                    + " token; it was not replaced.", "Choose another file, or run again with --var NAME to save the"
                    + " token under a name of its own; nothing was written.");
        }
        return write(Optional.of(token), databaseId, dataSourceId);
    }

    /** Writes only the database id and its data source id, when there are (the token is kept elsewhere). */
    public WriteResult saveDatabase(Optional<String> databaseId, Optional<String> dataSourceId) {
        return write(Optional.empty(), databaseId, dataSourceId);
    }

    /**
     * Removes the token's line (every assignment of its variable), keeping every other byte; false when the
     * file held none.
     */
    public boolean removeToken() {
        return file.remove(variable);
    }

    private WriteResult write(Optional<Secret> token, Optional<String> databaseId, Optional<String> dataSourceId) {
        Map<String, String> values = new LinkedHashMap<>();
        databaseId.ifPresent(id -> values.put(DATABASE_KEY, id));
        dataSourceId.ifPresent(id -> values.put(DATA_SOURCE_KEY, id));
        WriteResult written = token.isPresent() ? file.set(variable, token.get(), values) : file.set(values);
        Optional<String> tracked = git.trackedWarning(file.path(), shownName);
        if (tracked.isEmpty()) {
            return written;
        }
        List<String> warnings = new ArrayList<>(written.warnings());
        warnings.add(tracked.get());
        return new WriteResult(written.writtenTo(), written.created(), written.keysReplaced(), written.keysAdded(),
                warnings);
    }

    /** Whether the env file exists (a link to one counts). */
    public boolean fileExists() {
        return java.nio.file.Files.exists(file.path());
    }

    /** The env file's permission bits in octal ("600"); empty when it does not exist or the system has none. */
    public Optional<String> fileMode() {
        try {
            int bits = 0;
            for (java.nio.file.attribute.PosixFilePermission permission
                    : java.nio.file.Files.getPosixFilePermissions(file.path())) {
                bits |= 0400 >> permission.ordinal();
            }
            return Optional.of(Integer.toOctalString(bits));
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    public Optional<String> existingDatabaseId() {
        return file.get(DATABASE_KEY).filter(v -> !v.isBlank());
    }

    public Optional<String> existingDataSourceId() {
        return file.get(DATA_SOURCE_KEY).filter(v -> !v.isBlank());
    }

    /** A warning when the environment already exports a different token, which would win over the file. */
    public Optional<String> environmentConflict(Secret token) {
        return exported.warning(variable, token, shownName);
    }

    /**
     * What setup warns about the env file as it stands, for a run that only reads it: others can read it, it
     * belongs to another user, git tracks it, or it is in a work tree and not ignored. Empty when the file
     * holds no value under the token's variable: then it keeps no secret of ours.
     */
    public List<String> fileWarnings() {
        if (existingValue().isEmpty()) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>(file.warnings());
        git.trackedWarning(file.path(), shownName).ifPresent(warnings::add);
        gitignoreNeedingEntry().map(this::notIgnoredWarning).ifPresent(warnings::add);
        return warnings;
    }

    /** The warning of a run that cannot offer to add the entry itself. */
    public String notIgnoredWarning(Path gitignore) {
        return shownName + " is inside a git work tree and not ignored; add it to " + gitignore + ".";
    }

    public Optional<Path> gitignoreNeedingEntry() {
        return git.gitignoreNeedingEntry(file.path());
    }

    public void addGitignoreEntry(Path gitignore) {
        git.addEntry(gitignore, file.path());
    }
}
