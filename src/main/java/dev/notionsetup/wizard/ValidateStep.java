package dev.notionsetup.wizard;

import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.notion.ApiFailure;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.notion.FailureKind;
import dev.notionsetup.report.BotText;
import dev.notionsetup.term.Answer;
import dev.notionsetup.term.Prompter;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the token with Notion. On success it records who the token belongs to; on failure it says why
 * and what to do next, by what went wrong: a rejected token gets the flow's failure text and "Enter the
 * token again" first; a Notion that could not be reached (down, slow, busy, asking us to wait, or something
 * else answering in its place) is not blamed on the token, and "Try again" comes first. It never writes
 * anything: saving is the wizard's last act, and only after this step succeeded.
 */
public record ValidateStep(String text, String success, String failure) implements TokenStep {
    /** The words for a token read from the env file: nothing was pasted, so nothing can be miscopied. */
    static final String CHECKING_SAVED = "Checking the saved token works...";
    static final String SAVED_REJECTED = "Notion did not accept the saved token: it may have been revoked, or its"
            + " integration removed.";
    static final String CHECKING_PERSONAL = "Checking your personal access token works...";
    static final String PERSONAL_REJECTED = "Couldn't verify the token. Make sure you copied it correctly and it"
            + " has not been revoked.";
    static final String PERSONAL_VERIFIED = "Personal access token verified. Notion API is ready.";
    static final String UNREACHED = "Couldn't reach Notion, so the token was not checked.";
    static final String BUSY = "Notion answered, but is busy or having trouble, so the token was not checked.";
    static final String NOT_NOTION = "Something other than Notion's API answered, so the token was not checked.";
    static final String MAY_BE_FINE = "Your token may well be fine; nothing was said against it.";
    private static final String AGAIN = "Enter the token again";
    private static final String RETRY = "Try again";
    private static final String QUIT = "Quit";
    private static final Set<FailureKind> NOT_THE_TOKEN = EnumSet.of(FailureKind.UNREACHABLE,
            FailureKind.UNAVAILABLE, FailureKind.RATE_LIMITED, FailureKind.ASKED_TO_WAIT,
            FailureKind.UNEXPECTED_RESPONSE);

    @Override
    public StepOutcome run(Session session, Secret token) {
        Prompter prompter = session.prompter();
        session.state().bot(null);
        // The guide's words are for an integration token; the others get their own.
        Optional<CredentialKind> said = session.state().expectedKind();
        boolean saved = said.isEmpty();
        while (true) {
            prompter.show(Tone.PLAIN, saved ? CHECKING_SAVED
                    : said.get() == CredentialKind.PERSONAL ? CHECKING_PERSONAL : text);
            ApiResult<BotIdentity> result = session.check(client -> client.verify(token));
            if (result instanceof ApiResult.Ok<BotIdentity> ok) {
                session.state().bot(ok.value());
                prompter.show(Tone.SUCCESS, ok.value().kind() == CredentialKind.PERSONAL ? PERSONAL_VERIFIED : success);
                prompter.show(Tone.PLAIN, BotText.summary(ok.value()));
                return StepOutcome.NEXT;
            }
            ApiFailure why = ((ApiResult.Failed<BotIdentity>) result).failure();
            boolean notTheToken = NOT_THE_TOKEN.contains(why.kind());
            prompter.show(Tone.ERROR, notTheToken ? heading(why.kind()) : saved ? SAVED_REJECTED
                    : said.get() == CredentialKind.PERSONAL ? PERSONAL_REJECTED : failure);
            prompter.show(Tone.PLAIN, why.detail());
            prompter.show(Tone.HINT, why.advice());
            if (notTheToken) {
                prompter.show(Tone.HINT, MAY_BE_FINE);
            }
            // The first option is the default: the one likely to help with what went wrong.
            List<String> options = notTheToken ? List.of(RETRY, AGAIN, QUIT) : List.of(AGAIN, RETRY, QUIT);
            Answer<Integer> next = prompter.choose("What would you like to do?", options);
            if (!(next instanceof Answer.Given<Integer> given)) {
                return Outcomes.navigation(next);
            }
            switch (options.get(given.value())) {
                case AGAIN:
                    session.state().token(null); // the input step asks afresh instead of offering to keep it
                    return new StepOutcome.Redo(InputStep.class);
                case RETRY:
                    continue;
                default:
                    return new StepOutcome.Quit(Outcomes.QUIT_REASON);
            }
        }
    }

    /** Says whether Notion answered: a 503 or a 429 is Notion's own word, unlike silence or a proxy's page. */
    private static String heading(FailureKind kind) {
        return switch (kind) {
            case UNAVAILABLE, RATE_LIMITED, ASKED_TO_WAIT -> BUSY;
            case UNEXPECTED_RESPONSE -> NOT_NOTION;
            default -> UNREACHED;
        };
    }
}
