package dev.notionsetup.wizard;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.term.Tone;

/**
 * Shows instructions and moves on; the next step's question is where the user answers.
 *
 * @param hint one line shown after the guide's text, where today's Notion words differ from it; may be null
 */
public record InfoStep(String text, String hint) implements Step<Session> {

    public InfoStep(String text) {
        this(text, null);
    }

    @Override
    public StepOutcome run(Session session) {
        session.prompter().show(Tone.PLAIN, text);
        if (hint != null) {
            session.prompter().show(Tone.HINT, hint);
        }
        return StepOutcome.NEXT;
    }

    @Override
    public boolean asks(Session session) {
        return false;
    }
}
