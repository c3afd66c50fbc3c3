package dev.notionsetup.flow;

import java.util.List;

/**
 * The wizard as data: a title and summary, what the user needs before starting, the total shown in
 * "Step N of total", the steps, and the notes shown at the end.
 */
public record FlowDefinition(String title, String summary, List<String> prerequisites, int total,
                             List<StepSpec> steps, List<String> thingsToKnow) {
    public FlowDefinition {
        steps = List.copyOf(steps);
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        thingsToKnow = thingsToKnow == null ? List.of() : List.copyOf(thingsToKnow);
    }
}
