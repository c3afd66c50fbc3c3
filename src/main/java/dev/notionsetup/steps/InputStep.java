package dev.notionsetup.steps;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepContext;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.flow.StepSpec;
import dev.notionsetup.prompt.Answer;
import dev.notionsetup.prompt.Prompter;
import dev.notionsetup.prompt.Tone;

import java.util.List;

/**
 * Asks for a value (hidden for secrets), checks it with the format's {@link InputCheck}, says what was
 * cleaned, and asks again until it is usable. Only the masked form is ever echoed.
 */
public final class InputStep implements Step {
    private final String text;
    private final String variable;
    private final boolean secret;
    private final InputCheck check;
    private final Prompter prompter;

    public InputStep(StepSpec spec, Prompter prompter, InputCheck check) {
        this.text = spec.require("text", spec.text());
        this.variable = spec.require("variable", spec.variable());
        this.secret = spec.isSecret();
        this.check = check;
        this.prompter = prompter;
    }

    @Override
    public StepOutcome run(StepContext context) {
        prompter.show(Tone.PLAIN, text);
        String prompt = variable + (secret ? " (typing is hidden): " : ": ");
        while (true) {
            Answer<String> answer = secret ? prompter.askSecret(prompt) : prompter.ask(prompt);
            if (!(answer instanceof Answer.Given<String> given)) {
                return Outcomes.navigation(answer);
            }
            InputCheck.Result result = check.check(given.value());
            if (result instanceof InputCheck.Rejected rejected) {
                prompter.show(Tone.ERROR, rejected.what());
                prompter.show(Tone.HINT, rejected.fix() + " (b goes back, q quits)");
                continue;
            }
            if (result instanceof InputCheck.Doubtful doubtful) {
                reportCorrections(doubtful.corrections());
                prompter.show(Tone.WARNING, doubtful.warning() + " Got " + doubtful.shownAs() + ".");
                Answer<Boolean> useIt = prompter.confirm("Use it anyway?", false);
                if (!(useIt instanceof Answer.Given<Boolean> yes)) {
                    return Outcomes.navigation(useIt);
                }
                if (!yes.value()) {
                    prompter.show(Tone.HINT, "Paste the Internal Integration Secret again.");
                    continue;
                }
                return accept(context, doubtful.value(), doubtful.shownAs());
            }
            InputCheck.Accepted accepted = (InputCheck.Accepted) result;
            reportCorrections(accepted.corrections());
            return accept(context, accepted.value(), accepted.shownAs());
        }
    }

    private StepOutcome accept(StepContext context, String value, String shownAs) {
        context.put(variable, value);
        prompter.show(Tone.SUCCESS, "Got " + shownAs + ".");
        return StepOutcome.NEXT;
    }

    private void reportCorrections(List<String> corrections) {
        if (!corrections.isEmpty()) {
            prompter.show(Tone.HINT, "Cleaned up the paste: " + String.join(", ", corrections) + ".");
        }
    }
}
