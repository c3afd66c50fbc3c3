package dev.notionsetup.flow;

/** How a run of the flow ended. Interruptions (Ctrl-C) are not results: they unwind as exceptions. */
public sealed interface FlowResult permits FlowResult.Completed, FlowResult.Quit {
    record Completed() implements FlowResult {
    }

    record Quit(String reason) implements FlowResult {
    }
}
