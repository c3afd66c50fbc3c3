package dev.notionsetup.wizard;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.term.Answer;
import dev.notionsetup.term.Prompter;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;
import dev.notionsetup.token.TokenCandidate;
import dev.notionsetup.token.TokenCleaner;
import dev.notionsetup.token.TokenVerdict;

import java.util.List;
import java.util.Optional;

/**
 * Asks for the token with the typing hidden, cleans and judges the paste, says what was cleaned, and asks
 * again until it is usable. Only the masked form is ever echoed. The prompt names the variable the token
 * is saved under ({@link Session#variable}).
 *
 * @param expects the kind of credential the answer at step 3 leads the user to paste; the check after step
 *                10 says so when Notion's answer is the other kind
 */
public record InputStep(String text, CredentialKind expects) implements Step<Session> {

    @Override
    public StepOutcome run(Session session) {
        Prompter prompter = session.prompter();
        prompter.show(Tone.PLAIN, text);
        // Back here from a later step: the token accepted before is kept unless another one is wanted; one
        // pasted for the other kind of credential (the user took the other answer at step 3) is not offered.
        Optional<Secret> accepted = session.state().token()
                .filter(t -> session.state().expectedKind().filter(expects::equals).isPresent());
        session.state().expectedKind(expects);
        if (accepted.isPresent()) {
            Answer<Integer> keep = prompter.choose("You entered " + accepted.get().describe() + " before.",
                    List.of("Keep it", "Paste another token"));
            if (!(keep instanceof Answer.Given<Integer> given)) {
                return Outcomes.navigation(keep);
            }
            if (given.value() == 0) {
                prompter.show(Tone.SUCCESS, "Kept " + accepted.get() + ".");
                return StepOutcome.NEXT;
            }
        }
        while (true) {
            Answer<String> answer = prompter.askSecret(session.variable() + " (typing is hidden): ");
            if (!(answer instanceof Answer.Given<String> given)) {
                return Outcomes.navigation(answer);
            }
            TokenCandidate candidate = TokenCleaner.clean(given.value());
            if (candidate.verdict() instanceof TokenVerdict.Invalid invalid) {
                prompter.show(Tone.ERROR, invalid.what());
                prompter.show(Tone.HINT, invalid.fix() + " (b goes back, q quits)");
                continue;
            }
            if (!candidate.corrections().isEmpty()) {
                prompter.show(Tone.HINT, "Cleaned up the paste: " + String.join(", ", candidate.corrections()) + ".");
            }
            String shownAs = candidate.value().describe();
            if (candidate.verdict() instanceof TokenVerdict.UnknownPrefix unknown) {
                prompter.show(Tone.WARNING, unknown.warning() + " Got " + shownAs + ".");
                Answer<Boolean> useIt = prompter.confirm("Use it anyway?", false);
                if (!(useIt instanceof Answer.Given<Boolean> yes)) {
                    return Outcomes.navigation(useIt);
                }
                if (!yes.value()) {
                    prompter.show(Tone.HINT, expects == CredentialKind.PERSONAL
                            ? "Paste the personal access token again." : "Paste the Internal Integration Secret again.");
                    continue;
                }
            }
            session.state().token(candidate.value());
            prompter.show(Tone.SUCCESS, "Got " + shownAs + ".");
            return StepOutcome.NEXT;
        }
    }
}
