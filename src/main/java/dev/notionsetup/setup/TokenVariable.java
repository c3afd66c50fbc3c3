package dev.notionsetup.setup;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name given with --var: the variable the token is written under and read from. It must be a name every
 * reader of the env file takes as one (dotenv, docker compose, a POSIX shell), not one of the names we write
 * beside it, which the token would overwrite, and not a name that something else reads: `set -a; . ./.env`
 * (the advice the tool itself gives) exports every line, so PATH=&lt;token&gt; breaks the shell, HTTPS_PROXY
 * sends every request to a host called the token, LD_PRELOAD makes the next program load it.
 */
public final class TokenVariable {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_LENGTH = 100;

    /**
     * Names --var refuses, compared without regard to case (Windows ignores it, zsh ties `path` to PATH, and
     * the proxy variables are read in both cases). docs/reference.md lists them; a test holds it to this.
     */
    public static final List<String> RESERVED = List.of(
            // shells and the system
            "PATH", "HOME", "USER", "LOGNAME", "SHELL", "PWD", "OLDPWD", "IFS", "CDPATH", "ENV", "BASH_ENV",
            "PS1", "PS2", "PS4", "PROMPT_COMMAND", "SHELLOPTS", "BASHOPTS", "HISTFILE", "MAIL", "MAILPATH",
            "TMPDIR", "TEMP", "TMP", "TZ", "LANG", "LANGUAGE", "TERM", "DISPLAY", "EDITOR", "VISUAL", "PAGER",
            "SSH_AUTH_SOCK", "USERPROFILE", "APPDATA", "SYSTEMROOT", "COMSPEC", "PATHEXT",
            // proxies
            "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "FTP_PROXY",
            // loaders and runtimes: what they name is loaded and run
            "JAVA_HOME", "JAVA_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "CLASSPATH",
            "NODE_OPTIONS", "PYTHONPATH", "PYTHONSTARTUP", "PERL5OPT", "RUBYOPT",
            // this tool's own settings
            "CI", "NO_COLOR", "BROWSER", "NOTION_API_URL", "NOTION_API_BASE_URL", "NOTION_VERSION",
            "NOTION_API_VERSION");
    /** Families of names refused the same way: any name that starts with one of these. */
    public static final List<String> RESERVED_PREFIXES = List.of("LD_", "DYLD_", "LC_", "XDG_", "NOTION_SETUP_");

    private TokenVariable() {
    }

    /** {@code name} itself when it is usable, else a usage error (exit 2) saying what to give instead. */
    public static String check(String name) {
        if (name == null) {
            return TokenSources.KEY;
        }
        String shown = dev.notionsetup.notion.TerminalText.sanitize(name, 60);
        if (name.length() > MAX_LENGTH || !NAME.matcher(name).matches()) {
            throw new UserError("--var '" + shown + "' is not a valid variable name.",
                    "Use letters, digits and underscores, not starting with a digit, e.g. --var NOTION_TOKEN.",
                    ExitCode.USAGE);
        }
        if (name.equals(CredentialStore.DATABASE_KEY) || name.equals(CredentialStore.DATA_SOURCE_KEY)) {
            throw new UserError("--var " + name + " would put the token where the database id goes.",
                    "Choose another name for the token, e.g. --var NOTION_TOKEN.", ExitCode.USAGE);
        }
        if (isReserved(name)) {
            throw new UserError("--var " + name + " names a variable that shells, proxies, loaders or notion-setup"
                    + " itself read; the token must not replace it.",
                    "Choose a name of its own for the token, e.g. --var NOTION_TOKEN.", ExitCode.USAGE);
        }
        return name;
    }

    static boolean isReserved(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return RESERVED.contains(upper) || RESERVED_PREFIXES.stream().anyMatch(upper::startsWith);
    }
}
