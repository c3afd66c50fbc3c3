package dev.notionsetup.setup;

import dev.notionsetup.credentials.KeychainException;
import dev.notionsetup.testing.FakeKeychain;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wizard's question where the verified token lives: the real command line, flow and env file; the console,
 * the browser, Notion and the keychain are fakes. Each walk: existing integration ("2"), the token, Enter at
 * step 9, Enter at the database question, then the answers under test.
 */
class WizardStoreTest {
    private static final String TASKS_ID = "0123456789abcdef0123456789abcdef";
    private static final String QUESTION = "Where should the token live?";

    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).sharePage("Roadmap");
    final FakeKeychain keychain = new FakeKeychain();

    private Harness.Result wizardWith(List<String> extraArgs, String... answers) {
        List<Object> lines = new ArrayList<>(List.of("2", TOKEN, "", ""));
        lines.addAll(List.of(answers));
        List<String> args = new ArrayList<>(List.of("--api-url", fake.url(), "--no-browser"));
        args.addAll(extraArgs);
        return new Harness(dir).keychain(keychain).console(new ScriptedConsole(lines.toArray()))
                .run(args.toArray(String[]::new));
    }

    private Harness.Result wizard(String... answers) {
        return wizardWith(List.of(), answers);
    }

    private String envFile() throws IOException {
        return Files.readString(dir.resolve(".env"), StandardCharsets.UTF_8);
    }

    @Test
    void theQuestionComesAfterTheCheckAndEnterKeepsTheTokenInTheEnvFile() throws IOException {
        Harness.Result run = wizard("");

        assertEquals(0, run.exitCode(), run.screen());
        String screen = run.screen();
        assertTrue(screen.indexOf("verified. Notion API is ready.") < screen.indexOf(QUESTION), screen);
        assertTrue(screen.contains("1) .env in this folder, as plain text"), screen);
        assertTrue(screen.contains("2) The OS keychain; scripts then get it with: notion-setup run -- CMD"), screen);
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertTrue(keychain.entries.isEmpty());
        assertTrue(screen.contains("set -a; . ./.env; set +a"), screen);
    }

    @Test
    void theKeychainAnswerKeepsTheTokenOutOfTheEnvFileAndTheClosingTextRunsAShellInstead() {
        Harness.Result run = wizard("2");

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(TOKEN, keychain.entries.get("default"));
        assertFalse(Files.exists(dir.resolve(".env")), "nothing else to keep: no file");
        String screen = run.screen();
        assertTrue(screen.contains("Saved the token (ntn_…"), screen);
        assertTrue(screen.contains(") to the test keychain entry default."), screen);
        assertTrue(screen.contains("  notion-setup run -- sh\n"), screen);
        assertFalse(screen.contains(". ./.env"), "the token is not in the file: " + screen);
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void withTheKeychainTheEnvFileGetsOnlyTheDatabaseId() throws IOException {
        fake.shareDatabase(TASKS_ID, "Tasks");
        List<Object> lines = List.of("2", TOKEN, "", "", "1", "2");
        Harness.Result run = new Harness(dir).keychain(keychain).console(new ScriptedConsole(lines.toArray()))
                .run("--api-url", fake.url(), "--no-browser", "--profile", "work");

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(TOKEN, keychain.entries.get("work"));
        assertEquals("NOTION_DATABASE_ID=" + TASKS_ID + "\n",
                Files.readString(dir.resolve(".env.work"), StandardCharsets.UTF_8), "the profile's file");
        assertTrue(run.screen().contains("  notion-setup run --profile work"), run.screen());
    }

    @Test
    void aFailedKeychainWriteOffersTheEnvFileWhichThenKeepsTheToken() throws IOException {
        keychain.failing(KeychainException.Kind.NO_SECRET_SERVICE);

        Harness.Result run = wizard("2", "1");

        assertEquals(0, run.exitCode(), run.screen());
        String screen = run.screen();
        assertTrue(screen.contains("The keychain failed (NO_SECRET_SERVICE).\nFix the keychain.\n"), screen);
        assertTrue(screen.contains("1) Save it to .env instead\n  2) Try the keychain again\n  3) Quit without saving"),
                screen);
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertTrue(screen.contains("set -a; . ./.env; set +a"), screen);
    }

    @Test
    void aFailedKeychainWriteCanBeTriedAgain() {
        keychain.failing(KeychainException.Kind.LOCKED, 1);

        Harness.Result run = wizard("2", "2");

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(TOKEN, keychain.entries.get("default"));
        assertFalse(Files.exists(dir.resolve(".env")));
    }

    @Test
    void quittingAfterAFailedKeychainWriteWritesNothing() {
        keychain.failing(KeychainException.Kind.TIMED_OUT);

        Harness.Result run = wizard("2", "3");

        assertEquals(130, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("the verified token was not saved. Nothing was written."), run.screen());
        assertFalse(Files.exists(dir.resolve(".env")));
        assertTrue(keychain.entries.isEmpty());
    }

    @Test
    void storeKeychainAnswersTheQuestionBeforeItIsAsked() {
        Harness.Result run = wizardWith(List.of("--store", "keychain"));

        assertEquals(0, run.exitCode(), run.screen());
        assertFalse(run.screen().contains(QUESTION), run.screen());
        assertTrue(run.screen().contains("The token goes to the OS keychain (--store)."), run.screen());
        assertEquals(TOKEN, keychain.entries.get("default"));
    }

    @Test
    void backAtTheQuestionReturnsToTheDatabaseQuestion() throws IOException {
        Harness.Result run = wizard("b", "", "");

        assertEquals(0, run.exitCode(), run.screen());
        String afterBack = run.screen().substring(run.screen().indexOf(QUESTION));
        assertTrue(afterBack.contains("Save a database id too (NOTION_DATABASE_ID)?"), run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
    }
}
