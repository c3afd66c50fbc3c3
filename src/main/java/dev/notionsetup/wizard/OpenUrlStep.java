package dev.notionsetup.wizard;

import dev.notionsetup.browser.BrowseResult;
import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.term.Answer;
import dev.notionsetup.term.Prompter;
import dev.notionsetup.term.Tone;

import java.net.URI;

/**
 * Prints the URL first (so it can always be copied, even over SSH), then offers to open it. A missing
 * browser or display is reported and the wizard carries on; with --no-browser it only prints.
 *
 * @param hint one line shown after the URL, where today's Notion differs from the guide; may be null
 */
public record OpenUrlStep(String text, URI url, String hint) implements Step<Session> {
    /** With --no-browser nothing is opened, so the guide's "Opening ..." would not be true. */
    static final String PRINTED_ONLY = "Open this page in your browser and sign in if prompted:";

    public OpenUrlStep(String text, URI url) {
        this(text, url, null);
    }

    @Override
    public StepOutcome run(Session session) {
        Prompter prompter = session.prompter();
        prompter.show(Tone.PLAIN, session.offerToOpen() ? text : PRINTED_ONLY);
        prompter.show(Tone.PLAIN, "");
        prompter.show(Tone.PLAIN, "  " + url);
        prompter.show(Tone.PLAIN, "");
        if (hint != null) {
            prompter.show(Tone.HINT, hint);
        }
        if (!session.offerToOpen()) {
            prompter.show(Tone.HINT, "Open that address in your browser, then come back here.");
            return StepOutcome.NEXT;
        }
        Answer<Boolean> answer = prompter.proceed("Press Enter to open it in your browser (s to skip): ");
        if (!(answer instanceof Answer.Given<Boolean> given)) {
            return Outcomes.navigation(answer);
        }
        if (!given.value()) {
            prompter.show(Tone.HINT, "Not opening it; copy the address above into your browser.");
            return StepOutcome.NEXT;
        }
        BrowseResult result = session.browser().open(url);
        if (result instanceof BrowseResult.Unavailable unavailable) {
            prompter.show(Tone.WARNING, "Couldn't open a browser: " + unavailable.reason() + ".");
            prompter.show(Tone.HINT, "Copy the address above into a browser on any device, then carry on here.");
        } else {
            prompter.show(Tone.SUCCESS, "Opened in your browser.");
        }
        return StepOutcome.NEXT;
    }

    @Override
    public boolean asks(Session session) {
        return session.offerToOpen();
    }
}
