package dev.notionsetup.setup;

import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.FaultyFileOps;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard's words fit the run: the token's kind, one Notion-Version, the command as typed, paths as typed. */
class WizardWordsTest {
    private static final String TASKS_ID = "be907abe510e4116a3d17ea71018c06f";
    private static final String SOURCE_ID = "1f2e3d4c5b6a79880716253443526170";
    private static final String OTHER_SOURCE_ID = "2a3b4c5d6e7f80911a2b3c4d5e6f7081";
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).sharePage("Roadmap");
    private final String home = System.getProperty("user.home");

    @AfterEach
    void restore() {
        System.setProperty("user.home", home);
        System.clearProperty("notion-setup.command");
    }

    private Harness.Result wizard(Harness harness, ScriptedConsole console, String... args) {
        // The env file's walk; the question where the token lives has WizardStoreTest.
        String[] all = new String[args.length + 4];
        all[0] = "--api-url";
        all[1] = fake.url();
        all[2] = "--store";
        all[3] = "env";
        System.arraycopy(args, 0, all, 4, args.length);
        return harness.console(console).run(all);
    }

    private static String thingsToKnow(String screen) {
        int from = screen.indexOf("Things to know");
        return screen.substring(from, screen.indexOf("Saved ", from));
    }

    @Test
    void aPersonalTokenRunSaysPersonalTokenAtStep10AndInThingsToKnow() {
        fake.personalTokenOf("Ada Lovelace");
        Harness.Result run = wizard(new Harness(dir), new ScriptedConsole("", "3", TOKEN, "", ""));

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("Checking your personal access token works..."), run.screen());
        assertTrue(run.screen().contains("Personal access token verified."), run.screen());
        assertFalse(run.screen().contains("integration token"), run.screen());
        String notes = thingsToKnow(run.screen());
        assertFalse(notes.contains("shared with them") || notes.contains("integration"), notes);
        assertTrue(notes.contains("acts as you"), notes);
    }

    @Test
    void thingsToKnowNameTheNotionVersionOfTheClosingExample() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put(SOURCE_ID, "Tasks");
        sources.put(OTHER_SOURCE_ID, "Archive");
        fake.shareDatabase(TASKS_ID, "Tasks", sources).rows(1);

        Harness.Result run = wizard(new Harness(dir), new ScriptedConsole("", "2", TOKEN, "", "", "1", "1"));

        assertEquals(0, run.exitCode(), run.screen());
        Matcher versions = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)").matcher(
                run.screen().substring(run.screen().indexOf("Things to know")));
        int found = 0;
        while (versions.find()) {
            assertEquals("2025-09-03", versions.group(1), run.screen());
            found++;
        }
        assertEquals(3, found, run.screen());
    }

    @Test
    void theClosingTextNamesTheCommandAsTheLauncherWasStarted() {
        System.setProperty("notion-setup.command", "./notion-setup");

        Harness.Result run = wizard(new Harness(dir), new ScriptedConsole("", "2", TOKEN, "", ""));

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("  ./notion-setup validate\n"), run.screen());
    }

    @Test
    void anotherFileAfterAFailedWriteMayStartWithTildeAndItsAdviceNamesNoOption() throws IOException {
        Path home = Files.createDirectory(dir.resolve("home"));
        System.setProperty("user.home", home.toString());
        FaultyFileOps ops = new FaultyFileOps();
        Runnable diskFills = () -> ops.failAt(FaultyFileOps.Step.WRITE, new IOException("No space left on device"));
        Runnable diskFreed = () -> ops.heal(FaultyFileOps.Step.WRITE);
        // The first file is in a folder that does not exist; the second is under ~.
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", diskFills, "", "2", diskFreed,
                "missing/.env", "2", "~/.env");

        Harness.Result run = wizard(new Harness(dir).fileOps(ops), console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", Files.readString(home.resolve(".env")));
        String screen = run.screen();
        String atTheQuestion = screen.substring(screen.indexOf("Save to another file"), screen.indexOf("Saved "));
        assertTrue(atTheQuestion.contains("Create it first or choose another file."), screen);
        assertFalse(atTheQuestion.contains("--env-file"), screen);
    }

    @Test
    void whenTheKindDiffersFromStep3TheSharingClicksAreSaidOnceBeforeTheQuestion() {
        ScriptedConsole console = new ScriptedConsole("", "3", TOKEN, "2", "");
        fake.answerWith(new FakeNotion().accept(TOKEN)); // an internal connection that sees nothing

        Harness.Result run = wizard(new Harness(dir), console);

        assertEquals(0, run.exitCode(), run.screen());
        String screen = run.screen();
        String beforeTheQuestion = screen.substring(screen.indexOf("So sharing matters"),
                screen.indexOf("What would you like to do?"));
        assertEquals(1, beforeTheQuestion.split("click the '...' menu", -1).length - 1, screen);
    }

    @Test
    void withNoBrowserStep2DoesNotSayItIsOpeningThePage() {
        Harness.Result run = wizard(new Harness(dir), new ScriptedConsole("2", TOKEN, "", ""), "--no-browser");

        assertEquals(0, run.exitCode(), run.screen());
        assertFalse(run.screen().contains("Opening"), run.screen());
        assertTrue(run.screen().contains("Open this page in your browser"), run.screen());
    }

    @Test
    void noAtStep5RepeatsStep4WithTheIntegrationsPage() {
        Harness.Result run = wizard(new Harness(dir), new ScriptedConsole("", "1", "n", "q"));

        String repeated = run.screen().substring(run.screen().indexOf("Integration created?"));
        assertTrue(repeated.contains("https://www.notion.so/profile/integrations/internal"), run.screen());
    }

    @Test
    void theIntroductionSaysOnceWhySomeStepNumbersAreSkipped() {
        Harness.Result run = wizard(new Harness(dir), new ScriptedConsole("", "3", TOKEN, "", ""));

        assertEquals(1, run.screen().split("numbered as in Notion's setup guide", -1).length - 1, run.screen());
    }
}
