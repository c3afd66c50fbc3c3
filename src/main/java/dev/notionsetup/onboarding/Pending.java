package dev.notionsetup.onboarding;

import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.NotionClient;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** One call under way beside others; {@code result} completes with null when the call was not needed. */
record Pending<T>(CompletableFuture<ApiResult<T>> result, HeldEvents events, NotionClient client) {

    /** Waits for the answer, telling what the call said meanwhile first. */
    ApiResult<T> read() {
        events.release();
        try {
            return result.get();
        } catch (InterruptedException e) {
            // Whoever interrupted us wants us to stop: keep the flag for them, as a call on this thread would.
            Thread.currentThread().interrupt();
            result.cancel(true);
            return client.interrupted();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    void discard() {
        result.cancel(true);
    }
}
