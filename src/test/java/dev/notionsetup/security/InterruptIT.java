package dev.notionsetup.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.PtyDriver;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGINT and SIGTERM at every step of the wizard, with the real jar under a real pseudo-terminal (driven by
 * {@code pty_driver.py}, Python's pty and termios): the signal is sent once the step's prompt is on the screen
 * and JLine has the terminal in raw mode. Exit 130 (SIGINT) or 143 (SIGTERM); the terminal's modes as
 * {@code stty -g} reads them are what they were before the program started, and every terminal-emulator mode
 * the line reader switched on (keypad, bracketed paste) is switched off again; nothing is written before the
 * save, and no temporary file is left at any point.
 *
 * <p>Each case starts a JVM, so the default build runs one of each kind of place and the full matrix carries
 * the {@value #SLOW} tag ({@code mvn -B verify -Pslow-tests}, which {@code .ci/run} does).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "Python pty and termios (testing/PtyDriver), signals")
class InterruptIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A prompt of the wizard, the text that shows it is there, and what a person types to get past it. */
    record Step(String name, String expect, String answer) {
    }

    /** The new-integration walk with nothing shared, then a git work tree's .gitignore offer (after the save). */
    private static final List<Step> WALK = List.of(
            new Step("2 open the page", "Press Enter to open it in your browser", "\r"),
            new Step("3 new or existing", "Choose 1-3 [1]:", "1\r"),
            new Step("5 integration created", "Integration created? [Y/n]", "y\r"),
            new Step("7 paste the token", "NOTION_API_KEY (typing is hidden):", TOKEN + "\r"),
            new Step("9 content shared", "with your integration? [Y/n]", "\r"),
            new Step("10 verifying (a network call, no prompt)", "Checking your integration token works...", null),
            new Step("access: nothing shared", "Continue without sharing for now", "2\r"),
            new Step("database id", "Save a database id too (NOTION_DATABASE_ID)? [y/N]", "\r"),
            new Step("where the token lives: Enter keeps .env", "2) The OS keychain", "\r"),
            new Step(".gitignore offer (after the save)", "is not ignored. Add it to", "\r"));
    private static final int PASTE_TOKEN = 3;
    private static final int VERIFYING = 5;
    private static final int AFTER_SAVE = 9;

    /** Tests that launch many JVMs: left out of the default build, run by {@code .ci/run}. */
    static final String SLOW = "slow";

    @TempDir
    Path dir;
    /** Holds the answer to /v1/users/me while the test wants the tool inside that call. */
    CountDownLatch holdVerify;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN); // nothing shared: the access step asks what to do
    final MockWebServer notion = fake.server();

    @BeforeAll
    static void needsPython() throws Exception {
        Assumptions.assumeTrue(PtyDriver.available(), "needs python3 with pty");
    }

    @BeforeEach
    void holdTheVerifyCallWhenAsked() {
        fake.answerWith(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if ("/v1/users/me".equals(request.getPath()) && holdVerify != null) {
                    holdVerify.await(60, TimeUnit.SECONDS);
                }
                return fake.dispatch(request);
            }
        });
    }

    @AfterEach
    void release() {
        if (holdVerify != null) {
            holdVerify.countDown();
        }
    }

    /** Runs the wizard under a fresh pty through {@code steps}, then signals (or not) at the last one. */
    private JsonNode drive(List<Step> steps, boolean raw, String signal, String... extraArgs) throws Exception {
        ObjectNode spec = JSON.createObjectNode();
        ArrayNode argv = spec.putArray("argv");
        Processes.tool().forEach(argv::add);
        argv.add("--api-url").add(notion.url("/").toString());
        for (String arg : extraArgs) {
            argv.add(arg);
        }
        spec.put("cwd", dir.toString());
        ObjectNode env = spec.putObject("env");
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("TERM", "xterm-256color");
        env.put("LANG", "C.UTF-8");
        env.put("HOME", dir.toString());
        env.put("BROWSER", "true"); // "opening" the page runs true(1)
        spec.put("timeout", 60);
        ArrayNode script = spec.putArray("steps");
        for (int i = 0; i < steps.size(); i++) {
            ObjectNode step = script.addObject().put("expect", steps.get(i).expect());
            if (i < steps.size() - 1 && steps.get(i).answer() != null) {
                step.put("send", steps.get(i).answer());
            }
        }
        spec.put("raw", raw);
        if (signal != null) {
            spec.put("signal", signal);
        }
        return PtyDriver.run(spec);
    }

    /** The checks every interrupted run must pass. */
    private void assertCleanStop(JsonNode run, int exit, String context) throws IOException {
        String screen = run.path("screen").asText();
        assertTrue(run.path("failure").isNull(), context + ": " + run.path("failure").asText() + "\n" + screen);
        assertEquals(exit, run.path("exit").asInt(), context + ":\n" + screen);
        assertEquals(run.path("stty_before").asText(), run.path("stty_after").asText(),
                context + ": the terminal's modes were not restored");
        // The last word on each mode must be "off". Not "as many offs as ons": a signal that lands while JLine
        // is entering a read (after it took the signal, before it switched the modes on) makes it switch them
        // off without having switched them on, which leaves the terminal as it should be.
        assertTrue(screen.lastIndexOf("\u001b[?2004h") <= screen.lastIndexOf("\u001b[?2004l"),
                context + ": bracketed paste was left on:\n" + screen);
        assertTrue(screen.lastIndexOf("\u001b[?1h") <= screen.lastIndexOf("\u001b[?1l"),
                context + ": the keypad was left in application mode:\n" + screen);
        assertFalse(screen.contains("This is a bug"), screen);
        assertFalse(screen.contains(TOKEN.substring(4, 16)), context + ": the token reached the screen");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-"))
                    .toList(), context + ": a temporary file was left");
        }
    }

    /**
     * One of each kind of place a signal can land, for the default build: SIGINT at the hidden prompt (JLine in
     * raw mode), SIGTERM inside the network call (no prompt), SIGINT after the save.
     */
    static Stream<Arguments> representativeSignalPoints() {
        return everyStepAndSignal().filter(InterruptIT::representative);
    }

    /** The rest of the matrix: every other step with both signals; {@code .ci/run} runs it with the tag. */
    static Stream<Arguments> otherSignalPoints() {
        return everyStepAndSignal().filter(point -> !representative(point));
    }

    private static boolean representative(Arguments point) {
        int step = (int) point.get()[0];
        String signal = (String) point.get()[2];
        return step == PASTE_TOKEN && signal.equals("INT") || step == VERIFYING && signal.equals("TERM")
                || step == AFTER_SAVE && signal.equals("INT");
    }

    private static Stream<Arguments> everyStepAndSignal() {
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < WALK.size(); i++) {
            for (String signal : List.of("INT", "TERM")) {
                cases.add(Arguments.of(i, WALK.get(i).name(), signal));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "SIG{2} at step {1}")
    @MethodSource("representativeSignalPoints")
    void aSignalAtARepresentativeStep(int step, String name, String signal) throws Exception {
        aSignalAtAStep(step, name, signal);
    }

    @Tag(SLOW)
    @ParameterizedTest(name = "SIG{2} at step {1}")
    @MethodSource("otherSignalPoints")
    void aSignalAtEveryOtherStep(int step, String name, String signal) throws Exception {
        aSignalAtAStep(step, name, signal);
    }

    private void aSignalAtAStep(int step, String name, String signal) throws Exception {
        new ProcessBuilder("git", "init", "-q", dir.toString()).start().waitFor(30, TimeUnit.SECONDS);
        if (step == VERIFYING) {
            holdVerify = new CountDownLatch(1);
        }

        JsonNode run = drive(WALK.subList(0, step + 1), step != VERIFYING, signal);

        String context = "SIG" + signal + " at step " + name;
        assertCleanStop(run, signal.equals("INT") ? 130 : 143, context);
        String screen = run.path("screen").asText();
        if (step == AFTER_SAVE) {
            assertEquals("NOTION_API_KEY=" + TOKEN + "\n", Files.readString(dir.resolve(".env")),
                    context + ": the file saved before the signal is not whole");
            assertFalse(Files.exists(dir.resolve(".gitignore")), context);
        } else {
            assertFalse(Files.exists(dir.resolve(".env")), context + ": something was written");
        }
        // One wording whether a prompt saw Ctrl-C or the signal ended the JVM (outside a prompt, or SIGTERM
        // anywhere: the terminal's exit task says it), and it says whether anything was written.
        assertTrue(screen.contains(step == AFTER_SAVE ? "Stopped. The token was already saved to"
                : "Stopped. Nothing was written."), context + ":\n" + screen);
    }

    @Test
    void sigintAtTheFirstQuestionLeavesAStoredTokenAsItWas() throws Exception {
        aSignalAtTheFirstQuestionLeavesAStoredTokenAsItWas("INT");
    }

    @Tag(SLOW)
    @Test
    void sigtermAtTheFirstQuestionLeavesAStoredTokenAsItWas() throws Exception {
        aSignalAtTheFirstQuestionLeavesAStoredTokenAsItWas("TERM");
    }

    private void aSignalAtTheFirstQuestionLeavesAStoredTokenAsItWas(String signal) throws Exception {
        String original = "# app\r\nNOTION_API_KEY=" + OTHER_TOKEN + "\r\n";
        Files.writeString(dir.resolve(".env"), original);

        JsonNode run = drive(List.of(new Step("keep or replace", "Replace it with a new token", null)), true, signal);

        assertCleanStop(run, signal.equals("INT") ? 130 : 143, "SIG" + signal + " at keep or replace");
        assertEquals(original, Files.readString(dir.resolve(".env")));
    }

    @Test
    void ctrlCTypedAtTheHiddenPromptWithHalfATokenTyped() throws Exception {
        List<Step> steps = new ArrayList<>(WALK.subList(0, 3));
        steps.add(new Step("7 paste half the token, then Ctrl-C", "NOTION_API_KEY (typing is hidden):",
                TOKEN.substring(0, 25) + "\u0003"));
        steps.add(new Step("end", "Stopped. Nothing was written.", null));

        JsonNode run = drive(steps, false, null);

        assertCleanStop(run, 130, "Ctrl-C typed");
        assertFalse(Files.exists(dir.resolve(".env")));
    }

    @Test
    void ctrlDAtAChoiceClosesTheInput() throws Exception {
        JsonNode run = drive(List.of(new Step("2", "Press Enter to open it in your browser", "s\r"),
                new Step("3", "Choose 1-3 [1]:", "\u0004"),
                new Step("end", "Input closed (Ctrl-D). Nothing was written.", null)), false, null);

        assertCleanStop(run, 130, "Ctrl-D");
        assertFalse(Files.exists(dir.resolve(".env")));
    }

    @Test
    void theWholeWalkUnderAPtyWritesTheFile() throws Exception {
        new ProcessBuilder("git", "init", "-q", dir.toString()).start().waitFor(30, TimeUnit.SECONDS);
        List<Step> walk = new ArrayList<>(WALK.subList(0, AFTER_SAVE + 1));
        walk.add(new Step("end", "Next step: make your first call", null));

        JsonNode run = drive(walk, false, null);

        String screen = run.path("screen").asText();
        assertNull(run.path("failure").textValue(), screen);
        assertEquals(0, run.path("exit").asInt(), screen);
        assertEquals(run.path("stty_before").asText(), run.path("stty_after").asText());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", Files.readString(dir.resolve(".env")));
        assertTrue(Files.readString(dir.resolve(".gitignore")).contains(".env"));
    }
}
