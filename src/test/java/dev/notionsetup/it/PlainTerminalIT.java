package dev.notionsetup.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.PtyDriver;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The wizard on the terminals people really have, through a real pseudo-terminal (the pty driver InterruptIT
 * uses): {@code TERM=dumb} gets plain prompts, with the typed answers echoed by the terminal, the token read
 * with echo off and nothing redrawn; no UTF-8 locale gets ASCII, never a '?' for a symbol.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "Python pty and termios (testing/PtyDriver)")
class PlainTerminalIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET_PROMPT = "NOTION_API_KEY (typing is hidden):";

    @TempDir
    Path dir;
    MockWebServer notion;

    /** What the screen shows, and what a person types then. */
    record Step(String expect, String send) {
    }

    /** Past the first screen, the token pasted at the first menu instead of a choice; then the steps given. */
    private static List<Step> tokenPastedAtTheFirstMenu(Step... then) {
        List<Step> steps = new ArrayList<>(List.of(
                new Step("Press Enter to open it in your browser", "\r"),
                new Step("Choose 1-3 [1]:", TOKEN + "\r")));
        steps.addAll(List.of(then));
        return steps;
    }

    /** The screen of a run that went through every step and then ended interrupted (exit 130). */
    private static String interruptedScreen(JsonNode run) {
        String screen = run.path("screen").asText();
        assertTrue(run.path("failure").isNull(), run.path("failure").asText() + "\n" + screen);
        assertEquals(130, run.path("exit").asInt(), screen);
        return screen;
    }

    @BeforeAll
    static void needsPython() throws Exception {
        assumeTrue(PtyDriver.available(), "needs python3 with pty");
    }

    @BeforeEach
    void start() throws IOException {
        notion = new MockWebServer();
        notion.setDispatcher(new FakeNotion().accept(TOKEN)); // nothing shared: the access step asks
        notion.start();
    }

    @AfterEach
    void stop() throws IOException {
        notion.shutdown();
    }

    private JsonNode drive(String term, List<Step> steps, boolean raw, String signal) throws Exception {
        return drive(term, 80, steps, raw, signal);
    }

    private JsonNode drive(String term, int columns, List<Step> steps, boolean raw, String signal) throws Exception {
        return drive(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JarProcess.jar().toString()), dir,
                term, columns, steps, raw, signal);
    }

    /** The wizard started with {@code launch} (java -jar, or a {@link Launcher}) in {@code cwd}. */
    private JsonNode drive(List<String> launch, Path cwd, String term, int columns, List<Step> steps, boolean raw,
                           String signal) throws Exception {
        ObjectNode spec = JSON.createObjectNode();
        spec.put("columns", columns);
        ArrayNode argv = spec.putArray("argv");
        launch.forEach(argv::add);
        List.of("--api-url", notion.url("/").toString()).forEach(argv::add);
        spec.put("cwd", cwd.toString());
        ObjectNode env = spec.putObject("env"); // no LANG, LC_ALL or LC_CTYPE: a bare container
        env.put("PATH", Launcher.path());
        env.put("TERM", term);
        env.put("HOME", dir.toString());
        env.put("BROWSER", "true");
        spec.put("timeout", 90);
        ArrayNode script = spec.putArray("steps");
        steps.forEach(step -> {
            ObjectNode s = script.addObject().put("expect", step.expect());
            if (step.send() != null) {
                s.put("send", step.send());
            }
        });
        spec.put("raw", raw);
        if (signal != null) {
            spec.put("signal", signal);
        }
        return PtyDriver.run(spec);
    }

    /**
     * The wizard opens its https connection in the background while the user reads. When Java cannot set up TLS
     * (here a trust store it cannot read), that background attempt must not put a stack trace on the screen:
     * the check itself says what is wrong, in words. Both take the client's one transport in turn, so by the
     * time the check has failed the background attempt has failed too.
     */
    @Test
    void aTrustStoreJavaCannotReadLeavesNoStackTraceOnTheWizardsScreen() throws Exception {
        Path badStore = dir.resolve("unreadable.p12");
        Files.writeString(badStore, "not a key store");
        ObjectNode spec = JSON.createObjectNode();
        spec.put("columns", 80);
        ArrayNode argv = spec.putArray("argv");
        List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-Djavax.net.ssl.trustStore=" + badStore, "-jar", JarProcess.jar().toString(),
                "--api-url", "https://127.0.0.1:9").forEach(argv::add);
        spec.put("cwd", dir.toString());
        ObjectNode env = spec.putObject("env");
        env.put("PATH", Launcher.path());
        env.put("TERM", "dumb");
        env.put("HOME", dir.toString());
        env.put("BROWSER", "true");
        spec.put("timeout", 90);
        ArrayNode script = spec.putArray("steps");
        script.addObject().put("expect", "Press Enter to open it in your browser").put("send", "\r");
        script.addObject().put("expect", "Choose 1-3 [1]:").put("send", "3\r");
        script.addObject().put("expect", SECRET_PROMPT).put("send", TOKEN + "\r");
        script.addObject().put("expect", "Java could not set up TLS");
        spec.put("raw", false);

        JsonNode run = PtyDriver.run(spec);

        String screen = run.path("screen").asText();
        assertTrue(run.path("failure").isNull(), run.path("failure").asText() + "\n" + screen);
        assertFalse(screen.contains("Exception"), screen);
        assertFalse(screen.contains("\tat ") || screen.contains("    at "), screen);
        assertFalse(Files.exists(dir.resolve(".env")));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static void assertAscii(String screen) {
        for (int i = 0; i < screen.length(); i++) {
            assertTrue(screen.charAt(i) < 0x80, "not ASCII at " + i + ": '" + screen.charAt(i) + "' in\n" + screen);
        }
    }

    @Test
    void onADumbTerminalWithoutALocaleTheWholeWizardIsPlainLinesAndTheTokenIsNeverShown() throws Exception {
        JsonNode run = drive("dumb", List.of(
                new Step("Press Enter to open it in your browser", "\r"),
                new Step("Choose 1-3 [1]:", "1\r"),
                new Step("Integration created? [Y/n]", "y\r"),
                new Step(SECRET_PROMPT, TOKEN + "\r"),
                new Step("with your integration? [Y/n]", "\r"),
                new Step("Continue without sharing for now", null),
                new Step("Choose 1-2 [1]:", "2\r"),
                new Step("Save a database id too (NOTION_DATABASE_ID)? [y/N]", "\r"),
                new Step("Where should the token live?", null),
                new Step("Choose 1-2 [1]:", "\r"),
                new Step("Notion-Version: 2022-06-28", null)), false, null);

        String screen = run.path("screen").asText();
        assertTrue(run.path("failure").isNull(), run.path("failure").asText() + "\n" + screen);
        assertEquals(0, run.path("exit").asInt(), screen);
        assertEquals(run.path("stty_before").asText(), run.path("stty_after").asText(), "terminal modes restored");
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", Files.readString(dir.resolve(".env")));

        assertFalse(screen.contains(TOKEN.substring(4, 16)), "the token was echoed:\n" + screen);
        assertEquals(1, count(screen, SECRET_PROMPT), "the hidden prompt is shown once, not redrawn:\n" + screen);
        assertFalse(screen.contains("\u001b"), "no escape sequences on a dumb terminal:\n" + screen);
        assertTrue(screen.contains("Choose 1-3 [1]: 1\r\n"), "what is typed elsewhere is visible:\n" + screen);
        assertTrue(screen.contains("Integration created? [Y/n] y\r\n"), screen);
        assertAscii(screen);
        assertTrue(screen.contains("  - A Notion account"), screen);
        assertTrue(screen.contains("Got ntn_...") || screen.contains("ntn_..."), screen);
        assertFalse(screen.contains("? A Notion account"), screen);
    }

    /**
     * Ctrl-C while the JDK's console waits for a line: it holds its writer's lock all that time, and the stop
     * notice once waited for that lock in a shutdown hook, so the process never ended (found in tmux).
     */
    @Test
    void ctrlCAtAPlainPromptStopsAtOnceSayingNothingWasWritten() throws Exception {
        for (String prompt : List.of("Press Enter to open it in your browser", SECRET_PROMPT)) {
            List<Step> steps = prompt.equals(SECRET_PROMPT) ? List.of(
                    new Step("Press Enter to open it in your browser", "\r"),
                    new Step("Choose 1-3 [1]:", "2\r"),
                    new Step(SECRET_PROMPT, null)) : List.of(new Step(prompt, null));

            JsonNode run = drive("dumb", steps, false, "INT");

            String screen = run.path("screen").asText();
            assertTrue(run.path("failure").isNull(), run.path("failure").asText() + "\n" + screen);
            assertEquals(130, run.path("exit").asInt(), prompt + ":\n" + screen);
            assertTrue(screen.contains("Stopped. Nothing was written."), prompt + ":\n" + screen);
            assertEquals(run.path("stty_before").asText(), run.path("stty_after").asText(),
                    prompt + ": echo and the other modes restored");
            assertFalse(Files.exists(dir.resolve(".env")));
        }
    }

    @Test
    void theLineEditorWithoutALocaleWritesAsciiToo() throws Exception {
        JsonNode run = drive("xterm-256color", List.of(
                new Step("Press Enter to open it in your browser", "\r"),
                new Step("Choose 1-3 [1]:", null)), true, "INT");

        String screen = interruptedScreen(run);
        assertAscii(screen);
        assertTrue(screen.contains("  - A Notion account"), screen);
    }

    /**
     * The launchers give the JVM C.UTF-8 in the POSIX locale, so that a folder named café is café to Java (in
     * the POSIX locale the tool would refuse to start there, exit 5); the user's terminal still gets ASCII.
     */
    @Test
    void throughTheLaunchersWithoutALocaleTheWizardStartsInANonAsciiFolderAndWritesAscii() throws Exception {
        Path cafe = Files.createDirectories(dir.resolve("caf\u00e9"));
        List<Launcher> launchers = new java.util.ArrayList<>(List.of(Launcher.source(dir.resolve("scratch"))));
        Launcher.image().ifPresent(launchers::add); // built by mvn -Pdist (.ci/run); WorkingFolderCodeIT says so
        for (Launcher launcher : launchers) {
            JsonNode run = drive(launcher.words(), cafe, "xterm-256color", 80, List.of(
                    new Step("Press Enter to open it in your browser", "\r"),
                    new Step("Choose 1-3 [1]:", null)), true, "INT");

            String screen = run.path("screen").asText();
            assertTrue(run.path("failure").isNull(), launcher + ": " + run.path("failure").asText() + "\n" + screen);
            assertEquals(130, run.path("exit").asInt(), launcher + ":\n" + screen);
            assertAscii(screen);
            assertTrue(screen.contains("  - A Notion account"), launcher + ":\n" + screen);
        }
    }

    @Test
    void aLongQuestionWrapsAtWordsOnTheLineEditorsTerminalToo() throws Exception {
        JsonNode run = drive("xterm-256color", 60, List.of(
                new Step("Press Enter to open it in your browser", "\r"),
                new Step("Choose 1-3 [1]:", "2\r"),
                new Step("typing is hidden", TOKEN + "\r"),
                new Step("[Y/n]", null)), true, "INT");

        String screen = run.path("screen").asText();
        assertTrue(run.path("failure").isNull(), run.path("failure").asText() + "\n" + screen);
        // Step 9's question is wider than the 60 columns: it breaks between words, not mid-word by the terminal.
        // (The line editor writes its own sequences before the prompt's last line.)
        String lines = screen.replace("\r", "");
        assertTrue(lines.contains("Shared at least one page or database with your\n"), screen);
        assertTrue(lines.indexOf("integration? [Y/n]") > lines.indexOf("database with your\n"), screen);
        assertFalse(lines.contains("with your integration?"), screen);
        // So is the first screen, at the width read as the terminal opened.
        String firstScreen = lines.substring(0, lines.indexOf("Step 1 of 10"))
                .replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
        assertTrue(firstScreen.contains("Ctrl-C stops."), firstScreen);
        firstScreen.lines().forEach(line -> assertTrue(line.codePointCount(0, line.length()) <= 60, line));
        assertTrue(firstScreen.lines().anyMatch(line -> line.length() > 50), "wrapped near 60, not at the rows: "
                + firstScreen);
    }

    @Test
    void aTokenPastedAtAMenuIsRewrittenMaskedOnTheLineEditorsTerminal() throws Exception {
        JsonNode run = drive("xterm-256color", tokenPastedAtTheFirstMenu(
                new Step("Paste it only where the token", null),
                new Step("Choose 1-3 [1]:", null)), true, "INT");

        String screen = interruptedScreen(run);
        // The terminal echoed it as it was typed; then the cursor goes up over that line, clears it, and
        // writes it again masked (ASCII here: no locale).
        int rewrite = screen.indexOf("\u001b[1A\r\u001b[JChoose 1-3 [1]: ntn_...wxyz");
        assertTrue(rewrite > 0, "not rewritten:\n" + screen);
        assertTrue(screen.lastIndexOf(TOKEN.substring(4, 16)) < rewrite, "the token came back after:\n" + screen);
        assertTrue(screen.contains("Stopped. Nothing was written."), screen);
    }

    @Test
    void onADumbTerminalATokenPastedAtAMenuIsNotRepeatedAndTheUserIsWarned() throws Exception {
        JsonNode run = drive("dumb", tokenPastedAtTheFirstMenu(
                new Step("It is still visible above", null),
                new Step("Choose 1-3 [1]:", "q\r")), false, null);

        String screen = interruptedScreen(run);
        assertEquals(1, count(screen, TOKEN), "only the terminal's own echo:\n" + screen);
        assertFalse(screen.contains("\u001b"), "no escape sequences on a dumb terminal:\n" + screen);
    }
}
