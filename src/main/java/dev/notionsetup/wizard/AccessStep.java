package dev.notionsetup.wizard;

import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.report.AccessText;
import dev.notionsetup.report.BotText;
import dev.notionsetup.report.CommandName;
import dev.notionsetup.term.Answer;
import dev.notionsetup.term.Prompter;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;

import java.util.List;
import java.util.Optional;

/**
 * Says which kind of credential the verified token is (from Notion's answer, never the prefix), and plainly
 * when that is not the kind the user chose at step 3; then checks what the token can actually see, instead
 * of trusting the step 9 checkpoint, worded for that kind. An internal connection that sees nothing gets the
 * sharing clicks again; a personal token needs no sharing, only something its owner can see. Either way the
 * user can check again or go on: the token is saved, and the closing summary says what is missing.
 */
public record AccessStep() implements TokenStep {

    @Override
    public StepOutcome run(Session session, Secret token) {
        Prompter prompter = session.prompter();
        session.state().access(null);
        CredentialKind kind = session.state().bot().map(bot -> tellKind(prompter, bot,
                session.state().expectedKind())).orElse(CredentialKind.INTERNAL_CONNECTION);
        boolean personal = kind == CredentialKind.PERSONAL;
        while (true) {
            prompter.show(Tone.PLAIN, personal ? "Asking Notion which pages and databases you can see..."
                    : "Asking Notion which pages and databases are shared with the integration...");
            ApiResult<AccessSummary> result = session.check(client -> client.checkAccess(token));
            if (result instanceof ApiResult.Failed<AccessSummary> failed) {
                prompter.show(Tone.WARNING, "Couldn't check what the token can see: " + failed.failure().detail());
                prompter.show(Tone.HINT, "Your token is verified; run '" + CommandName.invoked()
                        + " validate --check-access' later.");
                return StepOutcome.NEXT;
            }
            AccessSummary access = result.orElseThrow();
            session.state().access(access);
            if (!access.nothingShared()) {
                prompter.show(Tone.SUCCESS, AccessText.describe(access, kind));
                return StepOutcome.NEXT;
            }
            prompter.show(Tone.WARNING, AccessText.describe(access, kind));
            prompter.show(Tone.PLAIN, AccessText.whatToDo(kind));
            Answer<Integer> next = prompter.choose("What would you like to do?", personal
                    ? List.of("Check again (after opening or creating a page in Notion)", "Continue for now")
                    : List.of("Check again (after sharing in Notion)", "Continue without sharing for now"));
            if (!(next instanceof Answer.Given<Integer> given)) {
                return Outcomes.navigation(next);
            }
            if (given.value() == 1) {
                return StepOutcome.NEXT;
            }
        }
    }

    /** The kind line, and the plain word when Notion's answer is not what the user chose; returns the kind. */
    private static CredentialKind tellKind(Prompter prompter, BotIdentity bot, Optional<CredentialKind> expected) {
        CredentialKind kind = bot.kind();
        prompter.show(Tone.PLAIN, "This token is: " + BotText.kind(bot) + ".");
        if (expected.isEmpty() || kind == CredentialKind.UNKNOWN || expected.get() == kind) {
            return kind;
        }
        if (kind == CredentialKind.INTERNAL_CONNECTION) {
            prompter.show(Tone.WARNING, "You chose a personal access token, but Notion says this one belongs to"
                    + " the internal connection (integration) " + BotText.name(bot) + " of "
                    + BotText.workspace(bot) + ".");
            // The clicks follow from the access check when nothing is shared yet: said once, not twice in a row.
            prompter.show(Tone.HINT, "So sharing matters after all: it sees only the pages and databases shared"
                    + " with it (step 8).");
        } else {
            prompter.show(Tone.WARNING, "You chose an integration, but Notion says this is a personal access token"
                    + " of " + BotText.owner(bot) + ".");
            prompter.show(Tone.HINT, "It acts as " + BotText.owner(bot) + " and sees what they can see: nothing"
                    + " needs sharing with it.");
        }
        return kind;
    }
}
