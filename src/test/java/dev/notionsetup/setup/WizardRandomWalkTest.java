package dev.notionsetup.setup;

import dev.notionsetup.testing.FakeClock;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded random walks through the wizard: a person typing Enter, numbers, b, q, y/n, good and bad tokens and
 * nonsense, against a Notion that now and then times out, rejects, rate-limits or fails, and recovers. After
 * every answer the walk checks what must always hold: a question or an exit comes next, "b" reaches a
 * question already seen, "Try again" once Notion is back gets Notion's answer, the token is never on screen,
 * and the env file is untouched until the token is verified. The run's clock moves only when Notion is slow
 * or the client waits, so no walk sleeps.
 *
 * <p>A failure names its seed; {@code -Dwalk.seed=N} replays that one walk ({@code -Dwalk.count=N} runs more).
 */
class WizardRandomWalkTest {
    private static final int ANSWERS = 40;
    /** After its answers the walker only types q: the run must end within this many more questions. */
    private static final int TO_QUIT = 6;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern HEADING = Pattern.compile("(?m)^(Step \\d+ of \\d+|Checking what the token can see"
            + "|Optional: a database id for your first query|Where the token lives)$");

    @TempDir
    Path root;
    /** One server for every walk; each walk gets a Notion of its own behind it. */
    @RegisterExtension
    final FakeNotion server = new FakeNotion();

    @Test
    void randomWalksAlwaysReachAQuestionOrAnExitAndNeverWriteBeforeTheCheck() throws IOException {
        String replay = System.getProperty("walk.seed");
        long first = replay != null ? Long.parseLong(replay) : 1;
        int count = replay != null ? 1 : Integer.getInteger("walk.count", 300);
        for (long seed = first; seed < first + count; seed++) {
            try {
                walk(seed);
            } catch (AssertionError | RuntimeException | IOException e) {
                throw new AssertionError("walk failed; replay it with -Dwalk.seed=" + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private void walk(long seed) throws IOException {
        Random random = new Random(seed);
        Path dir = Files.createDirectory(root.resolve("walk-" + seed));
        Path env = dir.resolve(".env");
        // A third of the walks start with a token in .env: a working one or a revoked one.
        Optional<String> stored = switch (random.nextInt(3)) {
            case 0 -> Optional.of("NOTION_API_KEY=" + TOKEN + "\n");
            case 1 -> Optional.of("NOTION_API_KEY=" + OTHER_TOKEN + "\n");
            default -> Optional.empty();
        };
        if (stored.isPresent()) {
            Files.writeString(env, stored.get());
        }
        FakeClock clock = new FakeClock(Instant.parse("2025-06-01T12:00:00Z"));
        FakeNotion fake = new FakeNotion().accept(TOKEN); // only its answers: the server is the shared one
        if (random.nextBoolean()) {
            fake.sharePage("Roadmap");
        }
        if (random.nextInt(4) == 0) {
            fake.personalTokenOf("Ada");
        }
        Moody notion = new Moody(fake, random, clock);
        server.answerWith(notion);
        Walker walker = new Walker(random, notion, env, stored);
        Harness harness = new Harness(dir).clock(clock).console(ScriptedConsole.answering(walker::answer));
        Harness.Result run = harness.run("--api-url", server.url(), "--timeout", String.valueOf(TIMEOUT.toSeconds()));
        if (walker.failure != null) {
            throw walker.failure; // thrown at a prompt, the command line only saw an unexpected error
        }
        String everything = run.everything();
        assertFalse(everything.contains(TOKEN) || everything.contains(OTHER_TOKEN), "a token reached the screen");
        assertTrue(run.exitCode() == 0 || run.exitCode() == 130, "exit " + run.exitCode() + "\n" + run.screen());
        if (run.exitCode() == 0) {
            assertTrue(run.screen().contains(" verified. Notion API is ready."), run.screen());
            // In the env file, or in the keychain when that was the answer to where the token should live.
            assertTrue(Files.exists(env) && Files.readString(env).contains("NOTION_API_KEY=" + TOKEN)
                    || TOKEN.equals(harness.keychain.entries.get("default")), run.screen());
        } else {
            walker.assertUnchanged(run.screen());
        }
    }

    /** A Notion that is well or sick; sick, each request fails in one of the ways real Notion does. */
    private static final class Moody extends Dispatcher {
        private final FakeNotion well;
        private final Random random;
        private final FakeClock clock;
        volatile boolean sick;

        Moody(FakeNotion well, Random random, FakeClock clock) {
            this.well = well;
            this.random = random;
            this.clock = clock;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (!sick) {
                return well.dispatch(request);
            }
            synchronized (random) {
                return switch (random.nextInt(5)) {
                    case 0 -> { // no answer for all of --timeout, then the connection drops
                        clock.advance(TIMEOUT);
                        yield new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
                    }
                    case 1 -> error(401, "unauthorized", "API token is invalid.");
                    case 2 -> error(429, "rate_limited", "Slow down.")
                            .setHeader("Retry-After", random.nextBoolean() ? "1" : "120");
                    case 3 -> error(503, "service_unavailable", "Notion is unavailable.");
                    default -> error(500, "internal_server_error", "Unexpected error.");
                };
            }
        }

        private static MockResponse error(int status, String code, String message) {
            return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                    .setBody("{\"object\":\"error\",\"status\":" + status + ",\"code\":\"" + code
                            + "\",\"message\":\"" + message + "\"}");
        }
    }

    /** Chooses each answer at random, after checking what the screen since the last answer shows. */
    private static final class Walker {
        private final Random random;
        private final Moody notion;
        private final Path env;
        private final Optional<String> stored;
        private int answers;
        private int seen;
        private String lastAnswer = "";
        private boolean expectNotionsAnswer;
        AssertionError failure;

        Walker(Random random, Moody notion, Path env, Optional<String> stored) {
            this.random = random;
            this.notion = notion;
            this.env = env;
            this.stored = stored;
        }

        String answer(String prompt, String screen) {
            try {
                return decide(screen);
            } catch (AssertionError e) {
                failure = e;
                throw e;
            }
        }

        private String decide(String screen) {
            String before = screen.substring(0, seen);
            String since = screen.substring(seen);
            check(before, since, screen);
            seen = screen.length();
            answers++;
            if (answers > ANSWERS + TO_QUIT) {
                fail("q did not end the run; still asking:\n" + screen);
            }
            expectNotionsAnswer = false;
            if (answers > ANSWERS) {
                return remember("q");
            }
            // Notion falls ill now and then and gets well again.
            if (random.nextInt(4) == 0) {
                notion.sick = !notion.sick;
            }
            Matcher retry = Pattern.compile("  (\\d)\\) Try again\n").matcher(since);
            if (since.contains("so the token was not checked") && retry.find() && random.nextBoolean()) {
                notion.sick = false;
                expectNotionsAnswer = true;
                return remember(retry.group(1));
            }
            int roll = random.nextInt(100);
            String line;
            if (roll < 30) {
                line = "";
            } else if (roll < 55) {
                line = String.valueOf(1 + random.nextInt(4));
            } else if (roll < 67) {
                line = "b";
            } else if (roll < 75) {
                line = random.nextBoolean() ? "y" : "n";
            } else if (roll < 87) {
                line = TOKEN;
            } else if (roll < 93) {
                line = OTHER_TOKEN;
            } else if (roll < 98) {
                line = "hello";
            } else {
                line = "q";
            }
            return remember(line);
        }

        private String remember(String line) {
            lastAnswer = line;
            return line;
        }

        private void check(String before, String since, String screen) {
            assertFalse(screen.contains(TOKEN) || screen.contains(OTHER_TOKEN), "a token is on screen:\n" + screen);
            assertFalse(since.contains("There is no token to check yet"), "a check without a token:\n" + screen);
            assertFalse(since.contains("was used up"), "a new check found the timeout used up:\n" + screen);
            if (!screen.contains(" verified. Notion API is ready.")) {
                assertUnchanged(screen);
            }
            if (expectNotionsAnswer) {
                assertTrue(since.contains(" verified. Notion API is ready.") || since.contains("Couldn't verify")
                        || since.contains("did not accept"), "Try again after Notion recovered got no answer:\n"
                        + screen);
            }
            if (lastAnswer.equals("b")) {
                Matcher heading = HEADING.matcher(since);
                boolean earlierStep = heading.find() && before.contains(heading.group(1) + "\n");
                assertTrue(earlierStep || since.contains("nothing to go back to") || since.contains(" already has "),
                        "b did not reach a previous question:\n" + screen);
            }
        }

        void assertUnchanged(String screen) {
            try {
                Optional<String> now = Files.exists(env)
                        ? Optional.of(Files.readString(env, StandardCharsets.UTF_8)) : Optional.empty();
                assertEquals(stored, now, "the env file changed before the token was verified:\n" + screen);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
