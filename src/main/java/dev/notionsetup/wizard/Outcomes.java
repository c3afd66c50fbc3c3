package dev.notionsetup.wizard;

import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.term.Answer;

/** The outcome for the navigation answers every prompt understands: "b" goes back, "q" quits. */
final class Outcomes {
    static final String QUIT_REASON = "You chose to quit.";

    private Outcomes() {
    }

    static StepOutcome navigation(Answer<?> answer) {
        if (answer instanceof Answer.Back<?>) {
            return StepOutcome.BACK;
        }
        if (answer instanceof Answer.Quit<?>) {
            return new StepOutcome.Quit(QUIT_REASON);
        }
        throw new IllegalArgumentException("not a navigation answer: " + answer.getClass().getSimpleName());
    }
}
