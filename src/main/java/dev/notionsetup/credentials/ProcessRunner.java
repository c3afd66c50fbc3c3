package dev.notionsetup.credentials;

import dev.notionsetup.token.Secret;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs a keychain program to completion within a time bound; the seam tests use to record commands. */
@FunctionalInterface
public interface ProcessRunner {

    /**
     * A program to run: its arguments (program first), its whole environment (nothing is inherited), what
     * it reads on stdin (the only way a secret goes in), and how long it may take before it is stopped.
     */
    record Command(List<String> argv, Map<String, String> environment, Secret stdin, Duration timeout) {
        public Command {
            argv = List.copyOf(argv);
            environment = Map.copyOf(environment);
        }

        /** The arguments only: the environment may hold the user's other secrets. */
        @Override
        public String toString() {
            return String.join(" ", argv);
        }
    }

    /** How a run ended. */
    sealed interface Outcome permits Finished, NotStarted, TimedOut, Interrupted {
    }

    /** The program exited; {@code stdout} may be the secret it was asked for, so it is one. */
    record Finished(int exitCode, Secret stdout, String stderr) implements Outcome {
    }

    /** The program could not be started (usually: not installed); {@code reason} is the system's. */
    record NotStarted(String reason) implements Outcome {
    }

    /** The program did not finish in time; it and everything it started were killed. */
    record TimedOut() implements Outcome {
    }

    /** This thread was interrupted while waiting; the program was killed and the flag is kept. */
    record Interrupted() implements Outcome {
    }

    Outcome run(Command command);
}
