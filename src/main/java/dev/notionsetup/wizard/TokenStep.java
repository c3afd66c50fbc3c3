package dev.notionsetup.wizard;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;

import java.util.Optional;

/**
 * A step that asks Notion something with the token entered earlier. Without a token it says so and returns
 * to the input step, rather than sending nothing.
 */
interface TokenStep extends Step<Session> {

    StepOutcome run(Session session, Secret token);

    @Override
    default StepOutcome run(Session session) {
        Optional<Secret> token = session.state().token();
        if (token.isEmpty()) {
            session.prompter().show(Tone.ERROR, "There is no token to check yet.");
            return new StepOutcome.Redo(InputStep.class);
        }
        return run(session, token.get());
    }
}
