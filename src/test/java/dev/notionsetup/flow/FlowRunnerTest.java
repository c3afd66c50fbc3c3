package dev.notionsetup.flow;

import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;
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
 * The runner's rules, with two step types made just for the test: that a new type is one class plus its use
 * in a flow is itself part of what is shown here.
 */
class FlowRunnerTest {
    private final List<String> shown = new ArrayList<>();
    private final List<String> ran = new ArrayList<>();
    private final Output out = (tone, text) -> shown.add(tone + ":" + text);

    /** Each run pops the next outcome from a shared script. */
    private record Scripted(String id, List<String> ran, Deque<StepOutcome> script) implements Step<Void> {
        @Override
        public StepOutcome run(Void context) {
            ran.add(id);
            return script.pop();
        }
    }

    /** Shows a text: asks nothing. */
    private record Text(String id, List<String> ran) implements Step<Void> {
        @Override
        public StepOutcome run(Void context) {
            ran.add(id);
            return StepOutcome.NEXT;
        }

        @Override
        public boolean asks(Void context) {
            return false;
        }
    }

    /** Jumps where its target says; the target is checked when the flow is built. */
    private record Jump(String target) implements Step<Void> {
        @Override
        public StepOutcome run(Void context) {
            return new StepOutcome.GoTo(target);
        }

        @Override
        public List<String> targets() {
            return List.of(target);
        }
    }

    /** Specs "id:type[:then]", numbered in order; type "scripted" or "text". */
    private Flow<Void> flow(Deque<StepOutcome> script, String... specs) {
        Flow.Builder<Void> flow = Flow.numbered(specs.length);
        int n = 1;
        for (String s : specs) {
            String[] parts = s.split(":");
            Step<Void> step = parts[1].equals("scripted") ? new Scripted(parts[0], ran, script)
                    : new Text(parts[0], ran);
            if (parts.length > 2) {
                flow.step(n++, parts[0], step, parts[2]);
            } else {
                flow.step(n++, parts[0], step);
            }
        }
        return flow.build();
    }

    private static Deque<StepOutcome> script(StepOutcome... outcomes) {
        return new ArrayDeque<>(List.of(outcomes));
    }

    @Test
    void numbersEachStepAndRunsThemInOrder() {
        Flow flow = flow(script(StepOutcome.NEXT, StepOutcome.NEXT), "a:scripted", "b:text", "c:scripted");
        FlowResult result = new FlowRunner(out).run(flow, flow.firstId(), null);
        assertInstanceOf(FlowResult.Completed.class, result);
        assertEquals(List.of("a", "b", "c"), ran);
        assertTrue(shown.containsAll(List.of("HEADING:Step 1 of 3", "HEADING:Step 2 of 3", "HEADING:Step 3 of 3")));
    }

    @Test
    void nextJumpsOverStepsAndGoToBranches() {
        Flow flow = flow(script(new StepOutcome.GoTo("d"), StepOutcome.NEXT),
                "a:scripted", "b:text", "c:text:e", "d:scripted", "e:text");
        new FlowRunner(out).run(flow, flow.firstId(), null);
        assertEquals(List.of("a", "d", "e"), ran);
    }

    @Test
    void backSkipsStepsThatDoNotAsk() {
        Flow flow = flow(script(StepOutcome.NEXT, StepOutcome.BACK, StepOutcome.NEXT, StepOutcome.NEXT),
                "a:scripted", "b:text", "c:scripted");
        new FlowRunner(out).run(flow, flow.firstId(), null);
        assertEquals(List.of("a", "b", "c", "a", "b", "c"), ran);
    }

    @Test
    void backAtTheFirstQuestionSaysSoAndAsksAgain() {
        Flow flow = flow(script(StepOutcome.BACK, StepOutcome.NEXT), "intro:text", "a:scripted");
        new FlowRunner(out).run(flow, flow.firstId(), null);
        assertEquals(List.of("intro", "a", "a"), ran);
        assertTrue(shown.stream().anyMatch(s -> s.contains("nothing to go back to")));
    }

    @Test
    void backBeforeTheFirstQuestionGoesToTheQuestionTheCallerAskedBeforeTheFlow() {
        Flow flow = flow(script(StepOutcome.BACK), "intro:text", "a:scripted");
        FlowResult result = new FlowRunner(out).run(flow, "a", null, true);
        assertEquals(new FlowResult.BackOut(), result);
        assertEquals(List.of("a"), ran);
    }

    @Test
    void backFromAStepReachedByRedoNeverReturnsToTheStepThatSentTheUserThere() {
        // started at c (as a check of a stored token); c sends the user to b, never visited; back leaves the flow.
        Flow flow = flow(script(new StepOutcome.Redo(Text.class), StepOutcome.BACK), "a:scripted", "b:text",
                "c:scripted");
        FlowResult result = new FlowRunner(out).run(flow, "c", null, true);
        assertEquals(new FlowResult.BackOut(), result);
        assertEquals(List.of("c", "b", "c"), ran);
    }

    @Test
    void goingBackToAVisitedStepCutsTheHistorySoBackDoesNotBounce() {
        // c says "repeat b's instructions" (GoTo b), then "back": that must reach a, not c again.
        Flow flow = flow(script(StepOutcome.NEXT, new StepOutcome.GoTo("b"), StepOutcome.BACK, StepOutcome.NEXT,
                StepOutcome.NEXT), "a:scripted", "b:text", "c:scripted");
        new FlowRunner(out).run(flow, flow.firstId(), null);
        assertEquals(List.of("a", "b", "c", "b", "c", "a", "b", "c"), ran);
    }

    @Test
    void quitEndsTheRunWithTheReason() {
        Flow flow = flow(script(new StepOutcome.Quit("bye")), "a:scripted", "b:scripted");
        FlowResult result = new FlowRunner(out).run(flow, flow.firstId(), null);
        assertEquals(new FlowResult.Quit("bye"), result);
        assertEquals(List.of("a"), ran);
    }

    @Test
    void brokenReferencesFailWhenTheFlowIsBuilt() {
        assertThrows(IllegalStateException.class, () -> flow(script(), "a:scripted:nowhere"));
        assertThrows(IllegalStateException.class, () -> Flow.<Void>numbered(1).step(1, "a", new Jump("nowhere")).build());
        assertThrows(IllegalStateException.class, () -> flow(script(), "a:scripted", "a:scripted"));
    }

    @Test
    void redoReturnsToTheLatestStepOfThatTypeOnTheWayHere() {
        // b1 and b2 are the same kind of step on two branches; "redo" from d must reach the one taken (b2).
        Deque<StepOutcome> script = script(new StepOutcome.GoTo("b2"), StepOutcome.NEXT,
                new StepOutcome.Redo(Text.class), new StepOutcome.Quit("done"));
        Flow<Void> flow = Flow.<Void>numbered(4)
                .step(1, "a", new Scripted("a", ran, script))
                .step(2, "b1", new Text("b1", ran), "d")
                .step(2, "b2", new Text("b2", ran), "c")
                .step(3, "c", new Scripted("c", ran, script))
                .step(4, "d", new Scripted("d", ran, script))
                .build();
        new FlowRunner(out).run(flow, flow.firstId(), null);
        assertEquals(List.of("a", "b2", "c", "d", "b2", "c"), ran);
    }

    @Test
    void toneOfHeadingIsUsed() {
        Flow flow = flow(script(StepOutcome.NEXT), "a:scripted");
        new FlowRunner((tone, text) -> assertEquals(Tone.HEADING, tone)).run(flow, flow.firstId(), null);
        assertEquals(List.of("a"), ran);
    }
}
