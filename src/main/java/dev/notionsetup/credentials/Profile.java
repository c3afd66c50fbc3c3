package dev.notionsetup.credentials;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.notion.TerminalText;

import java.util.regex.Pattern;

/**
 * The name a token is kept under, so one machine can hold tokens for several workspaces or environments.
 * The name becomes a Secret Service attribute, an argument of macOS's {@code security} (whose interactive
 * mode has its own quoting), part of a Windows credential's target name and of PowerShell script text, and a
 * word in messages: letters, digits, '.', '_' and '-' need no quoting in any of them and cannot carry a
 * second argument, a path or a control character. 64 is far more than a name needs and keeps the target
 * name well inside Windows' limit.
 */
public record Profile(String name) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    public static final Profile DEFAULT = new Profile("default");

    public Profile {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UserError("The profile name '" + TerminalText.sanitize(name == null ? "" : name, 80)
                    + "' is not allowed.",
                    "Use 1 to 64 letters, digits, '.', '_' or '-', for example: work, staging, client-a.",
                    ExitCode.USAGE);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
