package dev.notionsetup.wizard;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.report.CommandName;
import dev.notionsetup.term.Answer;
import dev.notionsetup.term.Tone;

import java.util.List;

/**
 * After the check, before anything is written: where the verified token lives, the env file (the default, as
 * dotenv loaders expect) or the profile's OS keychain entry. A flow step, so "b" returns to the question before
 * it; with --store the place is already decided and only said.
 */
public record StoreStep(String question) implements Step<Session> {

    @Override
    public StepOutcome run(Session session) {
        WizardState state = session.state();
        if (state.placeGiven()) {
            session.prompter().show(Tone.PLAIN, "The token goes to " + (state.keychain() ? "the OS keychain"
                    : state.envFile()) + " (--store).");
            return StepOutcome.NEXT;
        }
        Answer<Integer> answer = session.prompter().choose(question, List.of(
                (state.envFile().contains("/") ? state.envFile() : state.envFile() + " in this folder")
                        + ", as plain text",
                "The OS keychain; scripts then get it with: " + CommandName.invoked() + " run -- CMD"));
        if (answer instanceof Answer.Given<Integer> given) {
            state.keychain(given.value() == 1);
            return StepOutcome.NEXT;
        }
        return Outcomes.navigation(answer);
    }

    @Override
    public boolean asks(Session session) {
        return !session.state().placeGiven();
    }
}
