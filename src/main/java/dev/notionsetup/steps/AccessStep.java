package dev.notionsetup.steps;

import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.prompt.Answer;
import dev.notionsetup.prompt.Prompter;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.report.AccessText;

import java.util.List;

/**
 * Checks what the verified integration can actually see, instead of trusting the step 9 checkpoint. When
 * nothing is shared it repeats the clicks and lets the user share in the browser and check again, or go
 * on: the token is saved either way, and the closing summary says what is missing.
 */
public record AccessStep(String text) implements TokenStep {
    private static final List<String> WHEN_NOTHING = List.of("Check again (after sharing in Notion)",
            "Continue without sharing for now");

    @Override
    public StepOutcome run(Session session, String token) {
        Prompter prompter = session.prompter();
        session.state().access(null);
        while (true) {
            prompter.show(Tone.PLAIN, text);
            ApiResult<AccessSummary> result = session.client().checkAccess(token);
            if (result instanceof ApiResult.Failed<AccessSummary> failed) {
                prompter.show(Tone.WARNING, "Couldn't check what the integration can see: "
                        + failed.failure().detail());
                prompter.show(Tone.HINT, "Your token is verified; run 'notion-setup validate --check-access' later.");
                return StepOutcome.NEXT;
            }
            AccessSummary access = ((ApiResult.Ok<AccessSummary>) result).value();
            session.state().access(access);
            if (!access.nothingShared()) {
                prompter.show(Tone.SUCCESS, AccessText.describe(access));
                return StepOutcome.NEXT;
            }
            prompter.show(Tone.WARNING, AccessText.describe(access));
            prompter.show(Tone.PLAIN, AccessText.HOW_TO_SHARE);
            Answer<Integer> next = prompter.choose("What would you like to do?", WHEN_NOTHING);
            if (!(next instanceof Answer.Given<Integer> given)) {
                return Outcomes.navigation(next);
            }
            if (given.value() == 1) {
                return StepOutcome.NEXT;
            }
        }
    }
}
