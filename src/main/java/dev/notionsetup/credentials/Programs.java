package dev.notionsetup.credentials;

import dev.notionsetup.credentials.ProcessRunner.Finished;
import dev.notionsetup.notion.TerminalText;
import dev.notionsetup.token.Secret;
import dev.notionsetup.token.Secrets;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How one keychain backend runs its programs (the runner, the programs' whole environment, the bound on each
 * call), and what the backends share about reading what those print.
 */
record Programs(ProcessRunner runner, Map<String, String> environment, Duration timeout) {
    /** A program's message quoted in ours: one line, and short. */
    private static final int QUOTED_LENGTH = 200;
    /** The end of every fix: the way out that always works, said so the tool never takes it on its own. */
    static final String OR_ENV_FILE = " or keep the token in the env file.";

    Programs {
        environment = Map.copyOf(environment);
    }

    /**
     * {@code environment} with messages in English, whatever the user's locale: the backends tell failures
     * apart by the programs' own wording, which translations would change.
     */
    static Map<String, String> plainMessages(Map<String, String> environment) {
        Map<String, String> child = new HashMap<>(environment);
        child.put("LC_ALL", "C");
        return Map.copyOf(child);
    }

    /** A secret as a program printed it: a line end after it is the program's, not part of the token. */
    static String withoutLineEnd(String printed) {
        return printed.replaceFirst("\r?\n\\z", "");
    }

    /** The first non-blank line of a program's stderr, made safe to show; {@code none} when it said nothing. */
    static String firstLine(String stderr, String none) {
        return stderr.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .map(line -> TerminalText.sanitize(Secrets.redactLikely(line), QUOTED_LENGTH)).orElse(none);
    }

    /** The bound, for messages: "3 seconds". */
    String seconds() {
        long seconds = Math.max(1, timeout.toSeconds());
        return seconds + (seconds == 1 ? " second" : " seconds");
    }

    /**
     * Runs a backend's program to its end; when it could not be started or did not answer in time, throws what
     * the backend says about that, in its own terms.
     */
    Finished run(List<String> argv, Secret stdin, Supplier<KeychainException> notInstalled,
                 Supplier<KeychainException> timedOut) {
        ProcessRunner.Outcome outcome = runner.run(new ProcessRunner.Command(argv, environment, stdin, timeout));
        if (outcome instanceof Finished finished) {
            return finished;
        }
        if (outcome instanceof ProcessRunner.NotStarted) {
            throw notInstalled.get();
        }
        if (outcome instanceof ProcessRunner.Interrupted) {
            throw new KeychainException(KeychainException.Kind.INTERRUPTED,
                    "Stopped while waiting for the keychain.", "Run the command again.");
        }
        throw timedOut.get();
    }
}
