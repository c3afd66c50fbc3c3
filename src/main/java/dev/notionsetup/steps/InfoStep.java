package dev.notionsetup.steps;

import dev.notionsetup.flow.Step;
import dev.notionsetup.flow.StepContext;
import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.flow.StepSpec;
import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Tone;

/** Shows instructions and moves on; the next step's question is where the user answers. */
public final class InfoStep implements Step {
    private final String text;
    private final Output out;

    public InfoStep(StepSpec spec, Output out) {
        this.text = spec.require("text", spec.text());
        this.out = out;
    }

    @Override
    public StepOutcome run(StepContext context) {
        out.show(Tone.PLAIN, text);
        return StepOutcome.NEXT;
    }

    @Override
    public boolean asks() {
        return false;
    }
}
