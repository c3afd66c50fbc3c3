package dev.notionsetup.wizard;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.term.Answer;

import java.util.List;

/** A numbered question whose options branch the flow; the first option is the default. */
public record ChoiceStep(String question, List<Option> options) implements Step<Session> {

    /** An answer and the id of the step it leads to. */
    public record Option(String label, String next) {
    }

    public ChoiceStep {
        options = List.copyOf(options);
        if (options.size() < 2) {
            throw new IllegalArgumentException("a choice needs at least two options: " + question);
        }
    }

    public ChoiceStep(String question, Option... options) {
        this(question, List.of(options));
    }

    @Override
    public StepOutcome run(Session session) {
        Answer<Integer> answer = session.prompter().choose(question, options.stream().map(Option::label).toList());
        if (answer instanceof Answer.Given<Integer> given) {
            return new StepOutcome.GoTo(options.get(given.value()).next());
        }
        return Outcomes.navigation(answer);
    }

    @Override
    public List<String> targets() {
        return options.stream().map(Option::next).toList();
    }
}
