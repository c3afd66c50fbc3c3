package dev.notionsetup.flow;

import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Tone;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner's rules, with a step type registered just for the test ("scripted"): that a new type is one
 * class plus one registration is itself part of what is shown here.
 */
class FlowRunnerTest {
    private final List<String> shown = new ArrayList<>();
    private final List<String> ran = new ArrayList<>();
    private final Output out = (tone, text) -> shown.add(tone + ":" + text);

    /** Each run of a "scripted" step pops the next outcome from a shared script. */
    private Flow flow(Deque<StepOutcome> script, String... specs) {
        StepRegistry registry = new StepRegistry()
                .register("scripted", spec -> context -> {
                    ran.add(spec.id());
                    return script.pop();
                })
                .register("text", spec -> new Step() {
                    @Override
                    public StepOutcome run(StepContext context) {
                        ran.add(spec.id());
                        return StepOutcome.NEXT;
                    }

                    @Override
                    public boolean asks() {
                        return false;
                    }
                });
        List<StepSpec> steps = new ArrayList<>();
        int n = 1;
        for (String s : specs) {
            String[] parts = s.split(":");
            steps.add(new StepSpec(parts[0], n++, parts[1], null, "t", parts.length > 2 ? parts[2] : null, null, null,
                    null, null, null, null, null, null, null));
        }
        return new Flow(new FlowDefinition("test", "", List.of(), steps.size(), steps, List.of()), registry);
    }

    private static Deque<StepOutcome> script(StepOutcome... outcomes) {
        return new ArrayDeque<>(List.of(outcomes));
    }

    @Test
    void numbersEachStepAndRunsThemInOrder() {
        Flow flow = flow(script(StepOutcome.NEXT, StepOutcome.NEXT), "a:scripted", "b:text", "c:scripted");
        FlowResult result = new FlowRunner(out).run(flow, new StepContext());
        assertInstanceOf(FlowResult.Completed.class, result);
        assertEquals(List.of("a", "b", "c"), ran);
        assertTrue(shown.containsAll(List.of("HEADING:Step 1 of 3", "HEADING:Step 2 of 3", "HEADING:Step 3 of 3")));
    }

    @Test
    void nextJumpsOverStepsAndGoToBranches() {
        Flow flow = flow(script(new StepOutcome.GoTo("d"), StepOutcome.NEXT),
                "a:scripted", "b:text", "c:text:e", "d:scripted", "e:text");
        new FlowRunner(out).run(flow, new StepContext());
        assertEquals(List.of("a", "d", "e"), ran);
    }

    @Test
    void backSkipsStepsThatDoNotAsk() {
        Flow flow = flow(script(StepOutcome.NEXT, StepOutcome.BACK, StepOutcome.NEXT, StepOutcome.NEXT),
                "a:scripted", "b:text", "c:scripted");
        new FlowRunner(out).run(flow, new StepContext());
        assertEquals(List.of("a", "b", "c", "a", "b", "c"), ran);
    }

    @Test
    void backAtTheFirstQuestionSaysSoAndAsksAgain() {
        Flow flow = flow(script(StepOutcome.BACK, StepOutcome.NEXT), "intro:text", "a:scripted");
        new FlowRunner(out).run(flow, new StepContext());
        assertEquals(List.of("intro", "a", "a"), ran);
        assertTrue(shown.stream().anyMatch(s -> s.contains("nothing to go back to")));
    }

    @Test
    void goingBackToAVisitedStepCutsTheHistorySoBackDoesNotBounce() {
        // c says "repeat b's instructions" (GoTo b), then "back": that must reach a, not c again.
        Flow flow = flow(script(StepOutcome.NEXT, new StepOutcome.GoTo("b"), StepOutcome.BACK, StepOutcome.NEXT,
                StepOutcome.NEXT), "a:scripted", "b:text", "c:scripted");
        new FlowRunner(out).run(flow, new StepContext());
        assertEquals(List.of("a", "b", "c", "b", "c", "a", "b", "c"), ran);
    }

    @Test
    void quitEndsTheRunWithTheReason() {
        Flow flow = flow(script(new StepOutcome.Quit("bye")), "a:scripted", "b:scripted");
        FlowResult result = new FlowRunner(out).run(flow, new StepContext());
        assertEquals(new FlowResult.Quit("bye"), result);
        assertEquals(List.of("a"), ran);
    }

    @Test
    void brokenReferencesAndUnknownTypesFailAtLoadTime() {
        assertThrows(IllegalStateException.class, () -> flow(script(), "a:scripted:nowhere"));
        assertThrows(IllegalStateException.class, () -> flow(script(), "a:nonsense"));
        assertThrows(IllegalStateException.class, () -> flow(script(), "a:scripted", "a:scripted"));
    }

    @Test
    void toneOfHeadingIsUsed() {
        Flow flow = flow(script(StepOutcome.NEXT), "a:scripted");
        new FlowRunner((tone, text) -> assertEquals(Tone.HEADING, tone)).run(flow, new StepContext());
        assertEquals(List.of("a"), ran);
    }
}
