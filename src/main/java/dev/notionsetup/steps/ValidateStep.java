package dev.notionsetup.steps;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepContext;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.flow.StepSpec;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.prompt.Answer;
import dev.notionsetup.prompt.Prompter;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.report.BotText;
import dev.notionsetup.report.FailureText;

import java.util.List;

/**
 * Verifies the token with Notion. On success it records who the token belongs to; on failure it says why
 * and offers to enter the token again, retry, or quit. It never writes anything: saving is the wizard's
 * last act, and only after this step succeeded.
 */
public final class ValidateStep implements Step {
    /** Context key under which the verified {@link BotIdentity} is stored. */
    public static final String VERIFIED_BOT = "verified-bot";

    private static final List<String> ON_FAILURE = List.of("Enter the token again", "Try again", "Quit");

    private final StepSpec spec;
    private final Prompter prompter;
    private final NotionClient client;

    public ValidateStep(StepSpec spec, Prompter prompter, NotionClient client) {
        spec.require("text", spec.text());
        spec.require("variable", spec.variable());
        spec.require("success", spec.success());
        spec.require("failure", spec.failure());
        this.spec = spec;
        this.prompter = prompter;
        this.client = client;
    }

    @Override
    public StepOutcome run(StepContext context) {
        context.remove(VERIFIED_BOT);
        String token = context.get(spec.variable(), String.class).orElse(null);
        if (token == null) {
            prompter.show(Tone.ERROR, "There is no token to check yet.");
            return spec.retryStep() == null ? StepOutcome.BACK : new StepOutcome.GoTo(spec.retryStep());
        }
        while (true) {
            prompter.show(Tone.PLAIN, spec.text());
            ApiResult<BotIdentity> result = client.verify(token);
            if (result instanceof ApiResult.Ok<BotIdentity> ok) {
                context.put(VERIFIED_BOT, ok.value());
                prompter.show(Tone.SUCCESS, spec.success());
                prompter.show(Tone.PLAIN, BotText.summary(ok.value()));
                return StepOutcome.NEXT;
            }
            ApiResult.Failed<BotIdentity> failed = (ApiResult.Failed<BotIdentity>) result;
            prompter.show(Tone.ERROR, spec.failure());
            prompter.show(Tone.PLAIN, FailureText.reason(failed.failure()));
            prompter.show(Tone.HINT, FailureText.fix(failed.failure()));
            Answer<Integer> next = prompter.choose("What would you like to do?", ON_FAILURE);
            if (!(next instanceof Answer.Given<Integer> given)) {
                return Outcomes.navigation(next);
            }
            switch (given.value()) {
                case 0:
                    return spec.retryStep() == null ? StepOutcome.BACK : new StepOutcome.GoTo(spec.retryStep());
                case 1:
                    continue;
                default:
                    return new StepOutcome.Quit(Outcomes.QUIT_REASON);
            }
        }
    }
}
