package dev.notionsetup.it;

import dev.notionsetup.testing.FakeNotion;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.notionsetup.testing.Fixtures.HISTORY_HINT;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The jar on a real pseudo-terminal (util-linux {@code script}), for what only a terminal shows: colour,
 * and the shell-history hint for --token. The same runs without a terminal are in UnattendedSetupIT.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "util-linux script(1) for a pseudo-terminal")
class TerminalIT {
    private static final String ESC = "\u001b";

    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN);
    final MockWebServer notion = fake.server();

    @BeforeEach
    void startNotion() throws IOException {
        assumeTrue(JarProcess.canFakeATerminal(), "needs /usr/bin/script (util-linux) for a pseudo-terminal");
    }

    private JarProcess.Result setupWithTokenFlag(JarProcess jar, String... extra) throws Exception {
        String[] args = new String[4 + extra.length];
        System.arraycopy(new String[] {"--api-url", "http://127.0.0.1:" + notion.getPort(), "--token", TOKEN}, 0,
                args, 0, 4);
        System.arraycopy(extra, 0, args, 4, extra.length);
        return jar.onTerminal().run(args);
    }

    @Test
    void tokenFlagOnATerminalPrintsTheHistoryHintInColour() throws Exception {
        JarProcess.Result run = setupWithTokenFlag(new JarProcess(dir));

        assertEquals(0, run.exitCode(), run.shown());
        assertTrue(run.stdout().contains(HISTORY_HINT), run.shown());
        assertTrue(run.stdout().contains(ESC + "[32m\u2714 Saved NOTION_API_KEY"), "colour on a terminal: " + run.shown());
        assertTrue(Files.readString(dir.resolve(".env")).contains(TOKEN));
    }

    @Test
    void noColorOnATerminalMeansPlainText() throws Exception {
        JarProcess.Result run = setupWithTokenFlag(new JarProcess(dir).env("NO_COLOR", "1"));

        assertEquals(0, run.exitCode(), run.shown());
        assertTrue(run.stdout().contains(HISTORY_HINT), run.shown());
        assertFalse(run.stdout().contains(ESC), run.shown());
    }

    @Test
    void noColorFlagOnATerminalMeansPlainText() throws Exception {
        JarProcess.Result run = setupWithTokenFlag(new JarProcess(dir), "--no-color");

        assertEquals(0, run.exitCode(), run.shown());
        assertFalse(run.stdout().contains(ESC), run.shown());
    }

    @Test
    void aDumbTerminalGetsPlainText() throws Exception {
        JarProcess.Result run = setupWithTokenFlag(new JarProcess(dir).env("TERM", "dumb"));

        assertEquals(0, run.exitCode(), run.shown());
        assertFalse(run.stdout().contains(ESC), run.shown());
    }

    @Test
    void ciOnATerminalWithoutATokenExits2InsteadOfPrompting() throws Exception {
        JarProcess.Result run = new JarProcess(dir).env("CI", "true").onTerminal()
                .run("--api-url", "http://127.0.0.1:" + notion.getPort());

        assertEquals(2, run.exitCode(), run.shown());
        // The real reason, with its value: there is a terminal.
        assertTrue(run.stdout().contains("No token given, and CI is set (CI=true), so nothing can be asked."),
                run.shown());
        assertTrue(run.stdout().contains("Run `env -u CI notion-setup` for the wizard"), run.shown());
        assertFalse(run.stdout().contains("Step 1"), "the wizard must not start: " + run.shown());
    }

    /**
     * Issue 14 item 6: a terminal echoes what is pasted at it, so --token-stdin on a terminal is refused before
     * anything is read, with the way to pipe it or to paste it hidden in the wizard.
     */
    @Test
    void tokenStdinOnATerminalIsRefusedBeforeAnythingIsTyped() throws Exception {
        JarProcess.Result run = new JarProcess(dir).onTerminal()
                .run("--api-url", "http://127.0.0.1:" + notion.getPort(), "--token-stdin", "--yes");

        assertEquals(2, run.exitCode(), run.shown());
        assertTrue(run.stdout().contains("--token-stdin reads the token from a pipe, but standard input is this"
                + " terminal"), run.shown());
        assertTrue(run.stdout().contains("Pipe it in (printenv NOTION_TOKEN | notion-setup --token-stdin)"),
                run.shown());
        assertFalse(Files.exists(dir.resolve(".env")));
    }
}
