package dev.notionsetup.report;

import dev.notionsetup.notion.ClientEvents;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;

import java.time.Duration;
import java.util.Locale;

/**
 * Tells the user what the client is doing: every wait before a retry (so a pause is never a mystery) and,
 * with --verbose, one line per HTTP exchange. The client never hands us the Authorization header.
 */
public final class ConsoleClientEvents implements ClientEvents {
    private final Output out;
    private final boolean verbose;

    public ConsoleClientEvents(Output out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public void retrying(Duration wait, String reason, int attempt, int maxRetries) {
        out.show(Tone.HINT, reason + "; waiting " + seconds(wait) + "\u2026 (retry " + attempt + " of "
                + maxRetries + ")");
    }

    @Override
    public void exchanged(String method, String url, int status, Duration took, String requestId) {
        if (!verbose) {
            return;
        }
        String answer = status < 0 ? "no answer" : String.valueOf(status);
        out.show(Tone.HINT, method + " " + url + " \u2192 " + answer + " in " + took.toMillis() + " ms"
                + (requestId == null ? "" : " (request id " + requestId + ")"));
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
