package dev.notionsetup.setup;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;

import java.util.regex.Pattern;

/**
 * The name given with --var: the variable the token is written under and read from. It must be a name every
 * reader of the env file takes as one (dotenv, docker compose, a POSIX shell), and not one of the names we
 * write beside it, which the token would overwrite.
 */
public final class TokenVariable {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_LENGTH = 100;

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
        return name;
    }
}
