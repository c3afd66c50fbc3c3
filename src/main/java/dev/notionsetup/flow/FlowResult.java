package dev.notionsetup.flow;

/** How a run of the flow ended. Interruptions (Ctrl-C) are not results: they unwind as exceptions. */
public sealed interface FlowResult permits FlowResult.Completed, FlowResult.Quit, FlowResult.BackOut {
    record Completed() implements FlowResult {
    }

    record Quit(String reason) implements FlowResult {
    }

    /** "Back" with no question of the flow to go back to, when the caller asked something before it. */
    record BackOut() implements FlowResult {
    }
}
