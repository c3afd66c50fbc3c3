package dev.notionsetup.flow;

import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs a flow: shows the heading before each step, follows the outcomes, and keeps the history that
 * "back" walks. History holds the steps completed on the way to the current one; jumping to a step already
 * in it (a checkpoint repeating its instructions, "enter the token again") cuts the history back to it,
 * so "back" never bounces between a step and its own repeat, nor returns to a step that sent the user away.
 */
public final class FlowRunner {
    private final Output out;

    public FlowRunner(Output out) {
        this.out = out;
    }

    public <C> FlowResult run(Flow<C> flow, String startId, C context) {
        return run(flow, startId, context, false);
    }

    /**
     * As {@link #run(Flow, String, Object)}; {@code askedBefore}: the caller asked a question before the flow,
     * so "back" with no question of the flow behind it ends the run with {@link FlowResult.BackOut} for the
     * caller to ask it again, instead of saying there is nothing to go back to.
     */
    public <C> FlowResult run(Flow<C> flow, String startId, C context, boolean askedBefore) {
        Deque<String> history = new ArrayDeque<>();
        String current = startId;
        while (current != null) {
            out.show(Tone.HEADING, flow.heading(current));
            StepOutcome outcome = flow.step(current).run(context);
            if (outcome instanceof StepOutcome.Quit quit) {
                return new FlowResult.Quit(quit.reason());
            }
            if (outcome instanceof StepOutcome.Back) {
                Optional<String> previous = popTo(history, id -> flow.step(id).asks(context));
                if (previous.isEmpty() && askedBefore) {
                    return new FlowResult.BackOut();
                }
                if (previous.isEmpty()) {
                    out.show(Tone.HINT, "This is the first question; there is nothing to go back to.");
                } else {
                    current = previous.get();
                }
                continue;
            }
            if (outcome instanceof StepOutcome.Redo redo) {
                Class<?> type = redo.stepType();
                // A step that sends the user elsewhere to redo something is not where "back" returns: it would
                // only send them there again. Before an input never visited there is then nothing of the flow.
                Optional<String> visited = popTo(history, id -> type.isInstance(flow.step(id)));
                current = visited.orElseGet(() -> flow.firstOf(type));
                continue;
            }
            if (outcome instanceof StepOutcome.GoTo goTo) {
                if (popTo(history, goTo.stepId()::equals).isEmpty()) {
                    history.push(current);
                }
                current = goTo.stepId();
                continue;
            }
            history.push(current);
            current = flow.after(current).orElse(null);
        }
        return new FlowResult.Completed();
    }

    /**
     * Pops history up to and including the most recent step that matches, and returns it; empty (history
     * untouched) when none does.
     */
    private static Optional<String> popTo(Deque<String> history, Predicate<String> wanted) {
        Iterator<String> it = history.iterator();
        int depth = 0;
        while (it.hasNext()) {
            String id = it.next();
            depth++;
            if (wanted.test(id)) {
                for (int i = 0; i < depth; i++) {
                    history.pop();
                }
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
