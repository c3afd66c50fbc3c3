package dev.notionsetup;

/** The documented exit codes (docs/reference.md); every path out of the tool uses one of these. */
public final class ExitCode {
    public static final int OK = 0;
    /** Notion rejected the token (401/403). */
    public static final int REJECTED = 1;
    /** Usage error or bad input, including "no token and no way to ask for one". */
    public static final int USAGE = 2;
    /** Notion unreachable or unavailable after retries (network, timeout, 5xx, 429, unexpected answer). */
    public static final int UNAVAILABLE = 3;
    /** The token works but nothing is shared with the integration (only with --require-access). */
    public static final int NOTHING_SHARED = 4;
    /** The env file could not be read or written. */
    public static final int ENV_FILE = 5;
    /** Interrupted (Ctrl-C, Ctrl-D) or cancelled by the user. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
