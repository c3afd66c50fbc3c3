package dev.notionsetup.steps;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepContext;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.flow.StepSpec;
import dev.notionsetup.prompt.Answer;
import dev.notionsetup.prompt.Prompter;

import java.util.List;

/** A numbered question whose options branch the flow; the first option is the default. */
public final class ChoiceStep implements Step {
    private final String question;
    private final List<StepSpec.Option> options;
    private final Prompter prompter;

    public ChoiceStep(StepSpec spec, Prompter prompter) {
        this.question = spec.require("text", spec.text());
        if (spec.options() == null || spec.options().size() < 2) {
            throw new IllegalStateException("flow step '" + spec.id() + "' (choice) needs at least two options");
        }
        this.options = List.copyOf(spec.options());
        this.prompter = prompter;
    }

    @Override
    public StepOutcome run(StepContext context) {
        Answer<Integer> answer = prompter.choose(question, options.stream().map(StepSpec.Option::label).toList());
        if (answer instanceof Answer.Given<Integer> given) {
            return new StepOutcome.GoTo(options.get(given.value()).next());
        }
        return Outcomes.navigation(answer);
    }
}
