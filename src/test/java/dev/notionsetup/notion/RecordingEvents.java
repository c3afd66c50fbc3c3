package dev.notionsetup.notion;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps every event the client reports, for assertions. */
final class RecordingEvents implements ClientEvents {
    record Retrying(Duration delay, String reason, int attempt, int maxRetries) {
    }

    record Exchanged(String method, String url, int status, String requestId) {
    }

    final List<Retrying> retries = new ArrayList<>();
    final List<Exchanged> exchanges = new ArrayList<>();

    @Override
    public void retrying(Duration wait, String reason, int attempt, int maxRetries) {
        retries.add(new Retrying(wait, reason, attempt, maxRetries));
    }

    @Override
    public void exchanged(String method, String url, int status, Duration took, String requestId) {
        exchanges.add(new Exchanged(method, url, status, requestId));
    }
}
