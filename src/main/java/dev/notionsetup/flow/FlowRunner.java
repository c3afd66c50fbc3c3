package dev.notionsetup.flow;

import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Tone;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/**
 * Runs a flow: shows "Step N of total" before each step, follows the outcomes, and keeps the history that
 * "back" walks. History holds the steps completed on the way to the current one; jumping to a step already
 * in it (a checkpoint repeating its instructions, "enter the token again") cuts the history back to it,
 * so "back" never bounces between a step and its own repeat.
 */
public final class FlowRunner {
    private final Output out;

    public FlowRunner(Output out) {
        this.out = out;
    }

    public FlowResult run(Flow flow, StepContext context) {
        return run(flow, flow.first().id(), context);
    }

    public FlowResult run(Flow flow, String startId, StepContext context) {
        Deque<String> history = new ArrayDeque<>();
        StepSpec current = flow.spec(startId);
        int total = flow.definition().total();
        while (current != null) {
            out.show(Tone.HEADING, current.heading(total));
            StepOutcome outcome = flow.step(current.id()).run(context);
            if (outcome instanceof StepOutcome.Quit quit) {
                return new FlowResult.Quit(quit.reason());
            }
            if (outcome instanceof StepOutcome.Back) {
                Optional<String> previous = popToPreviousAsking(flow, history);
                if (previous.isEmpty()) {
                    out.show(Tone.HINT, "This is the first question; there is nothing to go back to.");
                } else {
                    current = flow.spec(previous.get());
                }
                continue;
            }
            if (outcome instanceof StepOutcome.GoTo goTo) {
                if (!cutBackTo(history, goTo.stepId())) {
                    history.push(current.id());
                }
                current = flow.spec(goTo.stepId());
                continue;
            }
            history.push(current.id());
            current = flow.after(current).orElse(null);
        }
        return new FlowResult.Completed();
    }

    /** Pops history to the most recent step that asks something; empty (history untouched) when none does. */
    private static Optional<String> popToPreviousAsking(Flow flow, Deque<String> history) {
        Iterator<String> it = history.iterator();
        int depth = 0;
        while (it.hasNext()) {
            String id = it.next();
            depth++;
            if (flow.step(id).asks()) {
                for (int i = 0; i < depth; i++) {
                    history.pop();
                }
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** When {@code target} was already visited, drops it and everything after it from the history. */
    private static boolean cutBackTo(Deque<String> history, String target) {
        if (!history.contains(target)) {
            return false;
        }
        while (!history.pop().equals(target)) {
            // dropping the steps visited after the target
        }
        return true;
    }
}
