package dev.notionsetup.onboarding;

import dev.notionsetup.notion.ClientEvents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one call says while it runs beside others, held until its answer is read: then told, and from then
 * on passed straight through. Calls that run together are so shown in the order they are read, and a call
 * whose answer is never read (the token was rejected) says nothing. A retry notice is the exception: the wait
 * it announces holds every call of the client, so it is said when the wait begins, whichever call began it.
 */
final class HeldEvents implements ClientEvents {
    private final ClientEvents target;
    private final List<Runnable> held = new ArrayList<>();
    private boolean released;

    HeldEvents(ClientEvents target) {
        this.target = target;
    }

    synchronized void release() {
        released = true;
        held.forEach(Runnable::run);
        held.clear();
    }

    @Override
    public void retrying(Duration wait, String reason, int attempt, int maxRetries) {
        target.retrying(wait, reason, attempt, maxRetries);
    }

    @Override
    public void exchanged(String method, String url, int status, Duration took, String requestId) {
        pass(() -> target.exchanged(method, url, status, took, requestId));
    }

    private synchronized void pass(Runnable event) {
        if (released) {
            event.run();
        } else {
            held.add(event);
        }
    }
}
