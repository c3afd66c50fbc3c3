package dev.notionsetup.wizard;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.term.Answer;
import dev.notionsetup.term.Tone;

import java.util.List;

/**
 * A checkpoint: "yes" moves on; "no" shows the instructions again (by going back to the step {@code repeat}
 * that holds them) and then asks again, and "q" quits.
 */
public record ConfirmStep(String question, String repeat) implements Step<Session> {

    @Override
    public StepOutcome run(Session session) {
        Answer<Boolean> answer = session.prompter().confirm(question, true);
        if (!(answer instanceof Answer.Given<Boolean> given)) {
            return Outcomes.navigation(answer);
        }
        if (given.value()) {
            return StepOutcome.NEXT;
        }
        session.prompter().show(Tone.HINT, "No problem, take your time. Here are the instructions again;"
                + " answer y when it's done, or q to quit.");
        return new StepOutcome.GoTo(repeat);
    }

    @Override
    public List<String> targets() {
        return List.of(repeat);
    }
}
