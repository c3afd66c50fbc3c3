package dev.notionsetup.flow;

/**
 * One step of the wizard. A step renders itself through the Prompter it was built with and returns an
 * outcome; it never writes files or opens sockets itself (that goes through the services it was given).
 */
public interface Step {

    StepOutcome run(StepContext context);

    /**
     * Whether the step waits for the user. "Back" skips steps that do not, since going back to a text the
     * user cannot answer would only bounce forward again.
     */
    default boolean asks() {
        return true;
    }
}
