package dev.notionsetup.flow;

/** What a step asks the runner to do next. The runner, not the step, owns order and history. */
public sealed interface StepOutcome
        permits StepOutcome.Next, StepOutcome.GoTo, StepOutcome.Redo, StepOutcome.Back, StepOutcome.Quit {

    /** Carry on with the step's declared successor. */
    record Next() implements StepOutcome {
    }

    /** Jump to the step with this id (a branch, or a checkpoint showing its instructions again). */
    record GoTo(String stepId) implements StepOutcome {
    }

    /**
     * Return to the most recent step of this type on the way here ("enter the token again" goes to the input
     * the token came through, whichever branch led there); the flow's first one when none was visited.
     */
    record Redo(Class<?> stepType) implements StepOutcome {
    }

    /** Return to the previous step that asked something. */
    record Back() implements StepOutcome {
    }

    /** The user chose to stop; nothing is written. */
    record Quit(String reason) implements StepOutcome {
    }

    StepOutcome NEXT = new Next();
    StepOutcome BACK = new Back();
}
