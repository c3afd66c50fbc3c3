package dev.notionsetup.steps;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepContext;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.flow.StepSpec;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.prompt.Answer;
import dev.notionsetup.prompt.Prompter;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.report.AccessText;
import dev.notionsetup.report.FailureText;

import java.util.List;

/**
 * Checks what the verified integration can actually see, instead of trusting the step 9 checkpoint. When
 * nothing is shared it repeats the clicks and lets the user share in the browser and check again, or go
 * on: the token is saved either way, and the closing summary says what is missing.
 */
public final class AccessStep implements Step {
    /** Context key of the {@link AccessSummary}, absent when the check could not be made. */
    public static final String ACCESS = "access";

    private static final List<String> WHEN_NOTHING = List.of("Check again (after sharing in Notion)",
            "Continue without sharing for now");

    private final StepSpec spec;
    private final Prompter prompter;
    private final NotionClient client;

    public AccessStep(StepSpec spec, Prompter prompter, NotionClient client) {
        spec.require("text", spec.text());
        spec.require("variable", spec.variable());
        this.spec = spec;
        this.prompter = prompter;
        this.client = client;
    }

    @Override
    public StepOutcome run(StepContext context) {
        context.remove(ACCESS);
        String token = context.get(spec.variable(), String.class).orElseThrow();
        while (true) {
            prompter.show(Tone.PLAIN, spec.text());
            ApiResult<AccessSummary> result = client.checkAccess(token);
            if (result instanceof ApiResult.Failed<AccessSummary> failed) {
                prompter.show(Tone.WARNING, "Couldn't check what the integration can see: "
                        + FailureText.reason(failed.failure()));
                prompter.show(Tone.HINT, "Your token is verified; run 'notion-setup validate --check-access' later.");
                return StepOutcome.NEXT;
            }
            AccessSummary access = ((ApiResult.Ok<AccessSummary>) result).value();
            context.put(ACCESS, access);
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
