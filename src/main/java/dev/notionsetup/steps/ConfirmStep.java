package dev.notionsetup.steps;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepContext;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.flow.StepSpec;
import dev.notionsetup.prompt.Answer;
import dev.notionsetup.prompt.Prompter;
import dev.notionsetup.prompt.Tone;

/**
 * A checkpoint: "yes" moves on; "no" shows the instructions again (by going back to the step that holds
 * them) and then asks again, and "q" quits. With no instructions to repeat, "no" simply asks again.
 */
public final class ConfirmStep implements Step {
    private final String question;
    private final String repeat;
    private final Prompter prompter;

    public ConfirmStep(StepSpec spec, Prompter prompter) {
        this.question = spec.require("text", spec.text());
        this.repeat = spec.repeat();
        this.prompter = prompter;
    }

    @Override
    public StepOutcome run(StepContext context) {
        while (true) {
            Answer<Boolean> answer = prompter.confirm(question, true);
            if (!(answer instanceof Answer.Given<Boolean> given)) {
                return Outcomes.navigation(answer);
            }
            if (given.value()) {
                return StepOutcome.NEXT;
            }
            if (repeat != null) {
                prompter.show(Tone.HINT, "No problem, take your time. Here are the instructions again;"
                        + " answer y when it's done, or q to quit.");
                return new StepOutcome.GoTo(repeat);
            }
            prompter.show(Tone.HINT, "Take your time; answer y when it's done, or q to quit.");
        }
    }
}
