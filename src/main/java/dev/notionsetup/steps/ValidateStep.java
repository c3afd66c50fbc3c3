package dev.notionsetup.steps;

import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.notion.ApiFailure;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.prompt.Answer;
import dev.notionsetup.prompt.Prompter;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.report.BotText;

import java.util.List;

/**
 * Verifies the token with Notion. On success it records who the token belongs to; on failure it says why
 * and offers to enter the token again, retry, or quit. It never writes anything: saving is the wizard's
 * last act, and only after this step succeeded.
 */
public record ValidateStep(String text, String success, String failure) implements TokenStep {
    private static final List<String> ON_FAILURE = List.of("Enter the token again", "Try again", "Quit");

    @Override
    public StepOutcome run(Session session, String token) {
        Prompter prompter = session.prompter();
        session.state().bot(null);
        while (true) {
            prompter.show(Tone.PLAIN, text);
            ApiResult<BotIdentity> result = session.client().verify(token);
            if (result instanceof ApiResult.Ok<BotIdentity> ok) {
                session.state().bot(ok.value());
                prompter.show(Tone.SUCCESS, success);
                prompter.show(Tone.PLAIN, BotText.summary(ok.value()));
                return StepOutcome.NEXT;
            }
            ApiFailure why = ((ApiResult.Failed<BotIdentity>) result).failure();
            prompter.show(Tone.ERROR, failure);
            prompter.show(Tone.PLAIN, why.detail());
            prompter.show(Tone.HINT, why.advice());
            Answer<Integer> next = prompter.choose("What would you like to do?", ON_FAILURE);
            if (!(next instanceof Answer.Given<Integer> given)) {
                return Outcomes.navigation(next);
            }
            switch (given.value()) {
                case 0:
                    return new StepOutcome.Redo(InputStep.class);
                case 1:
                    continue;
                default:
                    return new StepOutcome.Quit(Outcomes.QUIT_REASON);
            }
        }
    }
}
