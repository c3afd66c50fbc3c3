package dev.notionsetup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documented exit codes; every path out of the tool uses one of these. {@link #meaning} is the wording
 * of the table in docs/reference.md, and each command's help lists its codes with {@link #helpList}.
 */
public enum ExitCode {
    OK(0, "ok: the token was verified and written (or was already there)"),
    /** Notion rejected the token (401, or 403 on /v1/users/me). */
    REJECTED(1, "Notion rejected the token (401, or 403 on /v1/users/me)"),
    /** Usage error or bad input, including "no token and no way to ask for one". */
    USAGE(2, "usage or bad input; no token and no terminal to ask for one"),
    /** Notion unreachable or unavailable after retries (network, timeout, 5xx, 429, an answer not Notion's). */
    UNAVAILABLE(3, "Notion unreachable or unavailable after retries"),
    /**
     * The token works but cannot see content: nothing is shared with it (only with --require-access), or the
     * connection lacks the "Read content" capability.
     */
    NOTHING_SHARED(4, "nothing shared, or no Read content"),
    /** The env file could not be read or written. */
    ENV_FILE(5, "the env file could not be read or written"),
    /** A bug. */
    INTERNAL_ERROR(70, "internal error: a bug; run again with -v and report the trace"),
    /** Interrupted (Ctrl-C, Ctrl-D) or cancelled by the user. */
    INTERRUPTED(130, "interrupted");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * The help's "Exit codes" section as picocli takes it ("code:text"): every code but those {@code leftOut},
     * in order, with the command's own {@code wording} where it differs from the general meaning.
     */
    public static String[] helpList(Map<ExitCode, String> wording, Set<ExitCode> leftOut) {
        List<String> lines = new ArrayList<>();
        for (ExitCode exit : values()) {
            if (!leftOut.contains(exit)) {
                lines.add(exit.code + ":" + wording.getOrDefault(exit, exit.meaning));
            }
        }
        return lines.toArray(String[]::new);
    }
}
