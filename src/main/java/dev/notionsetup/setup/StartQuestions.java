package dev.notionsetup.setup;

import dev.notionsetup.term.Answer;
import dev.notionsetup.term.Prompter;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;
import dev.notionsetup.token.TokenCleaner;

import java.util.List;
import java.util.Optional;

/**
 * What a person at a terminal is asked before anything else, where the tool would otherwise decide for them:
 * whether to use a token exported in the environment (it may be a forgotten one, from another project), and
 * whether the token may replace a value under --var's name that is not a Notion token. An empty answer
 * means they chose to quit.
 */
final class StartQuestions {
    /** How the run goes on. */
    enum Start {
        /** Verify and save the exported token, as a run without prompts does. */
        USE_EXPORTED,
        /** The wizard. */
        WIZARD
    }

    private final Prompter prompter;
    private CredentialStore store;

    StartQuestions(Prompter prompter, CredentialStore store) {
        this.prompter = prompter;
        this.store = store;
    }

    /** The store to write to, allowed to replace another value when the person agreed to. */
    CredentialStore store() {
        return store;
    }

    Optional<Start> useExported(GivenToken exported) {
        Secret token = TokenCleaner.clean(exported.raw()).value();
        prompter.show(Tone.PLAIN, exported.variable() + " is set in the environment (" + token + ").");
        String replacing = store.existingToken().filter(t -> !t.equals(token))
                .map(t -> ", replacing the different " + store.variable() + " there (" + t + ")")
                .orElse("");
        while (true) {
            Answer<Integer> answer = prompter.choose("Use it, or set up a new token?",
                    List.of("Use it: check it with Notion and save it to " + store.shownName() + replacing,
                            "Run the wizard for a new token"));
            if (answer instanceof Answer.Quit<Integer>) {
                return Optional.empty();
            }
            if (answer instanceof Answer.Given<Integer> given) {
                if (given.value() == 0) {
                    return Optional.of(Start.USE_EXPORTED);
                }
                prompter.show(Tone.HINT, "Once the new token is saved, run `unset " + exported.variable()
                        + "`: most dotenv loaders keep an exported value over " + store.shownName() + "'s.");
                return Optional.of(Start.WIZARD);
            }
            prompter.show(Tone.HINT, "This is the first question; there is nothing to go back to.");
        }
    }

    /** Asked only when the file holds a value under the token's variable that is not a Notion token. */
    Optional<Start> replaceOtherValue(Start start) {
        if (!store.wouldReplaceOtherValue()) {
            return Optional.of(start);
        }
        prompter.show(Tone.WARNING, store.shownName() + " already has " + store.variable()
                + ", and its value does not look like a Notion token: it may be another setting.");
        while (true) {
            Answer<Boolean> answer = prompter.confirm("Replace it with the Notion token once the token is"
                    + " verified?", false);
            if (answer instanceof Answer.Given<Boolean> given) {
                if (!given.value()) {
                    prompter.show(Tone.HINT, "Run notion-setup again with --var NAME to save the token under a"
                            + " name of its own.");
                    return Optional.empty();
                }
                store = store.mayReplaceOtherValue();
                return Optional.of(start);
            }
            if (answer instanceof Answer.Quit<Boolean>) {
                return Optional.empty();
            }
            prompter.show(Tone.HINT, "This is the first question; there is nothing to go back to.");
        }
    }
}
