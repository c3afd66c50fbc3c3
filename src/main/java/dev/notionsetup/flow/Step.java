package dev.notionsetup.flow;

import java.util.List;

/**
 * One step of a wizard. A step talks to the user and the outside world through the context it is run with
 * ({@code C}: the services and the answers so far) and returns an outcome; the runner owns order and history.
 */
public interface Step<C> {

    StepOutcome run(C context);

    /**
     * Whether the step waits for the user. "Back" skips steps that do not, since going back to a text the
     * user cannot answer would only bounce forward again.
     */
    default boolean asks(C context) {
        return true;
    }

    /** The ids of the steps this one may jump to, checked when the flow is built. */
    default List<String> targets() {
        return List.of();
    }
}
