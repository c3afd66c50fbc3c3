package dev.notionsetup.steps;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.prompt.Tone;

/** Shows instructions and moves on; the next step's question is where the user answers. */
public record InfoStep(String text) implements Step<Session> {

    @Override
    public StepOutcome run(Session session) {
        session.prompter().show(Tone.PLAIN, text);
        return StepOutcome.NEXT;
    }

    @Override
    public boolean asks(Session session) {
        return false;
    }
}
