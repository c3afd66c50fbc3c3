package dev.notionsetup.credentials;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.notionsetup.token.Secret;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A {@link ProcessRunner} that records every command and answers each with the next scripted outcome. */
final class RecordingRunner implements ProcessRunner {
    /** Visibly fake, token-shaped. */
    static final String TOKEN = "ntn_" + "test".repeat(10) + "keyWXYZ";

    final List<Command> commands = new ArrayList<>();
    private final Deque<Outcome> answers = new ArrayDeque<>();

    RecordingRunner answer(Outcome outcome) {
        answers.add(outcome);
        return this;
    }

    RecordingRunner exits(int code, String stdout, String stderr) {
        return answer(new Finished(code, Secret.of(stdout), stderr));
    }

    @Override
    public Outcome run(Command command) {
        commands.add(command);
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected command: " + command);
        }
        return answers.remove();
    }

    Command only() {
        if (commands.size() != 1) {
            throw new AssertionError("expected one command, got " + commands);
        }
        return commands.get(0);
    }

    /** No argument and no environment variable of any command holds {@code secret}, nor a large part of it. */
    void assertSecretOnlyOnStdin(String secret) {
        String part = secret.substring(4, 24);
        for (Command command : commands) {
            for (String arg : command.argv()) {
                assertFalse(arg.contains(part), "the secret is in an argument of " + command);
            }
            command.environment().forEach((name, value) -> {
                assertFalse(value.contains(part) || name.contains(part), "the secret is in the environment: " + name);
            });
        }
    }
}
