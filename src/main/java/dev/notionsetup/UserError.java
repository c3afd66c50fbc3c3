package dev.notionsetup;

/**
 * A problem the user can act on: one line of what happened, one line of what to do, and the documented
 * exit code. The message must never contain a secret; callers pass masked forms only.
 */
public class UserError extends RuntimeException {
    private final String fix;
    private final ExitCode exitCode;

    public UserError(String what, String fix, ExitCode exitCode) {
        this(what, fix, exitCode, null);
    }

    public UserError(String what, String fix, ExitCode exitCode, Throwable cause) {
        super(what, cause, false, false);
        this.fix = fix;
        this.exitCode = exitCode;
    }

    public String what() {
        return getMessage();
    }

    public String fix() {
        return fix;
    }

    public ExitCode exitCode() {
        return exitCode;
    }
}
