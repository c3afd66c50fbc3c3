package dev.notionsetup.setup;

import dev.notionsetup.ExitCode;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.FaultyFileOps;
import dev.notionsetup.testing.Fixtures;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.notionsetup.testing.Fixtures.OLD_TOKEN;
import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static dev.notionsetup.testing.Recorded.EDGE_RAY_ID;
import static dev.notionsetup.testing.Recorded.documented;
import static dev.notionsetup.testing.Recorded.edgeBlock;
import static dev.notionsetup.testing.Recorded.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wizard end to end: the real command line, runner, steps, client and env file; only the console
 * (scripted lines), the browser and Notion (MockWebServer) are fakes.
 */
class WizardTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).sharePage("Roadmap");
    final MockWebServer notion = fake.server();

    private Harness.Result wizard(ScriptedConsole console, String... extraArgs) {
        // These screens are of the env file's walk; the question where the token lives has WizardStoreTest.
        List<String> args = new ArrayList<>(List.of("--store", "env", "--api-url", notion.url("/").toString()));
        args.addAll(List.of(extraArgs));
        return new Harness(dir).console(console).run(args.toArray(String[]::new));
    }

    private void notionRejectsOnce() {
        fake.thenUsersMe(new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                .setBody(Fixtures.UNAUTHORIZED));
    }

    private static List<Integer> stepsShown(String screen) {
        Matcher m = Pattern.compile("Step (\\d+) of 10").matcher(screen);
        List<Integer> steps = new ArrayList<>();
        while (m.find()) {
            steps.add(Integer.parseInt(m.group(1)));
        }
        return steps;
    }

    private String envFile() throws IOException {
        return Files.readString(dir.resolve(".env"), StandardCharsets.UTF_8);
    }

    private void assertVerifiedWith(String token) throws InterruptedException {
        RecordedRequest request = notion.takeRequest(10, TimeUnit.SECONDS);
        assertEquals("GET", request.getMethod());
        assertEquals("/v1/users/me", request.getPath());
        assertEquals("Bearer " + token, request.getHeader("Authorization"));
        assertEquals("2022-06-28", request.getHeader("Notion-Version"));
        assertEquals(0, request.getBodySize());
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "the wizard left files behind");
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes")
    void newIntegrationBranchEndsWithAVerifiedTokenInEnv() throws Exception {
        ScriptedConsole console = new ScriptedConsole("", "1", "y", TOKEN, "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(List.of(1, 2, 3, 4, 5, 7, 8, 9, 10), stepsShown(run.screen()));
        assertVerifiedWith(TOKEN);
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(".env"))));
        assertTrue(run.screen().contains("Integration token verified. Notion API is ready."));
        assertTrue(run.screen().contains("My Script") && run.screen().contains("Acme"), run.screen());
        assertTrue(run.screen().contains("ntn_\u2026wxyz (50 characters)"), run.screen());
        assertFalse(run.everything().contains(TOKEN), "the token reached the screen");
        assertTrue(run.screen().contains("$NOTION_API_KEY"), "the next step example uses the variable");
        assertTrue(console.closed(), "the terminal was not closed");
        assertEquals(0, console.unusedLines());
    }

    @Test
    void anExportedTokenAtATerminalIsOfferedAndUsedOnlyWhenChosen() throws Exception {
        ScriptedConsole console = new ScriptedConsole("1");

        Harness.Result run = new Harness(dir).console(console).env("NOTION_API_KEY", "  " + TOKEN + "\n")
                .run("--store", "env", "--api-url", notion.url("/").toString());

        assertEquals(0, run.exitCode(), run.everything());
        assertTrue(run.screen().contains("NOTION_API_KEY is set in the environment (ntn_\u2026wxyz)."), run.screen());
        assertEquals(List.of("Choose 1-2 [1]: "), console.prompts(), "one question");
        assertTrue(run.screen().contains("Use it, or set up a new token?"), run.screen());
        assertTrue(run.screen().contains("Use it: check it with Notion and save it to .env"), run.screen());
        assertVerifiedWith(TOKEN);
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertTrue(console.closed());
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void anExportedTokenCanBeSetAsideForTheWizard() throws Exception {
        ScriptedConsole console = new ScriptedConsole("2", "q");

        Harness.Result run = new Harness(dir).console(console).env("NOTION_API_TOKEN", TOKEN)
                .run("--store", "env", "--api-url", notion.url("/").toString());

        assertEquals(ExitCode.INTERRUPTED.code(), run.exitCode(), run.everything());
        assertTrue(run.screen().contains("NOTION_API_TOKEN is set in the environment (ntn_\u2026wxyz)."), run.screen());
        assertTrue(run.screen().contains("run `unset NOTION_API_TOKEN`"), run.screen());
        assertEquals(1, stepsShown(run.screen()).get(0), "the wizard starts at its first step");
        assertEquals(0, notion.getRequestCount());
        assertNothingWritten();
    }

    @Test
    void ctrlCAtTheExportedTokenQuestionStopsWritingNothing() throws Exception {
        ScriptedConsole console = new ScriptedConsole(ScriptedConsole.CTRL_C);

        Harness.Result run = new Harness(dir).console(console).env("NOTION_API_KEY", TOKEN)
                .run("--store", "env", "--api-url", notion.url("/").toString());

        assertEquals(ExitCode.INTERRUPTED.code(), run.exitCode(), run.everything());
        assertTrue(run.screen().contains("Stopped. Nothing was written."), run.screen());
        assertEquals(0, notion.getRequestCount());
        assertNothingWritten();
    }

    @Test
    void anExportedTokenWithYesOrCiIsUsedWithoutAQuestionAsBefore() throws Exception {
        for (Harness harness : List.of(new Harness(dir).console(new ScriptedConsole()).env("NOTION_API_KEY", TOKEN),
                new Harness(dir).console(new ScriptedConsole()).env("NOTION_API_KEY", TOKEN).env("CI", "true"))) {
            Harness.Result run = harness.run("--store", "env", "--api-url", notion.url("/").toString(), "--yes");

            assertEquals(0, run.exitCode(), run.everything());
            assertFalse(harness.consoleOpened(), "nothing was asked");
            assertTrue(run.stderr().contains("Using NOTION_API_KEY in the environment"), run.stderr());
            assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        }
    }

    @Test
    void theWizardAsksBeforeItsTokenReplacesAValueThatIsNoNotionToken() throws Exception {
        String env = "DATABASE_URL=postgres://app:s3cret@db/app\n";
        Files.writeString(dir.resolve(".env"), env);

        ScriptedConsole declined = new ScriptedConsole("n");
        Harness.Result no = wizard(declined, "--var", "DATABASE_URL");

        assertEquals(ExitCode.INTERRUPTED.code(), no.exitCode(), no.screen());
        assertTrue(no.screen().contains(".env already has DATABASE_URL, and its value does not look like a Notion"
                + " token"), no.screen());
        assertEquals(List.of("Replace it with the Notion token once the token is verified? [y/N] "),
                declined.prompts());
        assertTrue(no.screen().contains("Nothing was written"), no.screen());
        assertEquals(env, envFile());
        assertEquals(0, notion.getRequestCount());
        assertFalse(no.everything().contains("s3cret"));

        Harness.Result yes = wizard(new ScriptedConsole("y", "", "1", "y", TOKEN, "", ""), "--var", "DATABASE_URL");

        assertEquals(0, yes.exitCode(), yes.screen());
        assertEquals("DATABASE_URL=" + TOKEN + "\n", envFile());
    }

    @Test
    void existingIntegrationBranchSkipsCreation() throws Exception {
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(List.of(1, 2, 3, 6, 7, 8, 9, 10), stepsShown(run.screen()));
        assertTrue(run.screen().contains("Click on your existing integration to view its settings."));
        assertVerifiedWith(TOKEN);
        assertTrue(envFile().contains("NOTION_API_KEY=" + TOKEN));
    }

    @Test
    void backGoesToThePreviousQuestionAndTheOtherBranchCanBeTaken() throws Exception {
        // step 5 "b" -> step 3 again; choose existing; at step 7 "b" -> step 3 again; choose existing again.
        ScriptedConsole console = new ScriptedConsole("", "1", "b", "2", "back", "2", TOKEN, "y", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(List.of(1, 2, 3, 4, 5, 3, 6, 7, 3, 6, 7, 8, 9, 10), stepsShown(run.screen()));
        assertTrue(envFile().contains(TOKEN));
    }

    @Test
    void rejectedTokenThenAGoodOne() throws Exception {
        ScriptedConsole console = new ScriptedConsole("", "1", "y", OTHER_TOKEN, "", "1", TOKEN, "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("Couldn't verify the token. Make sure you copied it correctly and the"
                + " integration is active."), run.screen());
        assertTrue(run.screen().contains("401"), "the specific reason is shown");
        assertVerifiedWith(OTHER_TOKEN);
        assertVerifiedWith(TOKEN);
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertFalse(run.everything().contains(OTHER_TOKEN));
    }

    @Test
    void retryAfterAFailureAsksNotionAgain() throws Exception {
        notionRejectsOnce();
        ScriptedConsole console = new ScriptedConsole("", "1", "y", TOKEN, "", "2", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertVerifiedWith(TOKEN);
        assertVerifiedWith(TOKEN);
        assertTrue(envFile().contains(TOKEN));
    }

    @Test
    void noAtACheckpointRepeatsTheInstructionsAndQCanQuit() throws Exception {
        ScriptedConsole console = new ScriptedConsole("", "1", "n", "q");

        Harness.Result run = wizard(console);

        assertEquals(130, run.exitCode());
        assertEquals(List.of(1, 2, 3, 4, 5, 4, 5), stepsShown(run.screen()));
        assertEquals(2, run.screen().split("Click 'New integration'", -1).length - 1, "instructions shown twice");
        assertTrue(run.screen().contains("Nothing was written."));
        assertEquals(0, notion.getRequestCount());
        assertNothingWritten();
    }

    @Test
    void quittingAfterAFailedCheckWritesNothing() throws Exception {
        notionRejectsOnce();
        ScriptedConsole console = new ScriptedConsole("", "1", "y", TOKEN, "", "3");

        Harness.Result run = wizard(console);

        assertEquals(130, run.exitCode());
        assertNothingWritten();
    }

    @Test
    void ctrlCAtTheTokenPromptExits130AndWritesNothing() throws Exception {
        ScriptedConsole console = new ScriptedConsole("", "2", ScriptedConsole.CTRL_C);

        Harness.Result run = wizard(console);

        assertEquals(130, run.exitCode());
        assertTrue(run.screen().contains("Nothing was written."), run.screen());
        assertTrue(console.closed(), "the terminal must be restored (closed) on interrupt");
        assertNothingWritten();
    }

    @Test
    void aBadPasteIsExplainedAndAskedAgain() throws Exception {
        ScriptedConsole console = new ScriptedConsole("", "2", "too-short", "\"Bearer " + TOKEN + "\"\n", "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(2, console.prompts().stream().filter(p -> p.startsWith("NOTION_API_KEY")).count());
        assertTrue(run.screen().contains("Cleaned up the paste"), run.screen());
        assertVerifiedWith(TOKEN);
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
    }

    @Test
    void theUrlIsPrintedAndTheBrowserOpenedOnEnter() {
        Harness harness = new Harness(dir).console(new ScriptedConsole("", "2", TOKEN, "", ""));

        Harness.Result run = harness.run("--store", "env", "--api-url", notion.url("/").toString());

        assertEquals(0, run.exitCode());
        assertTrue(run.screen().contains("https://www.notion.so/profile/integrations/internal"));
        assertEquals("https://www.notion.so/profile/integrations/internal", harness.opened.get(0).toString());
    }

    @Test
    void noBrowserOrDisplayIsReportedAndTheWizardCarriesOn() {
        Harness.Result run = new Harness(dir).browserFails("no graphical display (SSH session or container?)")
                .console(new ScriptedConsole("", "2", TOKEN, "", ""))
                .run("--store", "env", "--api-url", notion.url("/").toString());

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("Couldn't open a browser: no graphical display"), run.screen());
    }

    @Test
    void noBrowserOnlyPrintsTheUrl() {
        Harness harness = new Harness(dir).console(new ScriptedConsole("2", TOKEN, "", ""));

        Harness.Result run = harness.run("--store", "env", "--api-url", notion.url("/").toString(), "--no-browser");

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(harness.opened.isEmpty());
        assertTrue(run.screen().contains("https://www.notion.so/profile/integrations/internal"));
    }

    @Test
    void otherLinesOfAnExistingEnvFileAreKept() throws Exception {
        Files.writeString(dir.resolve(".env"), "# app settings\nexport DEBUG=1\nOPENAI_API_KEY=sk-test\n");
        Harness.Result run = wizard(new ScriptedConsole("", "2", TOKEN, "", ""));

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals("# app settings\nexport DEBUG=1\nOPENAI_API_KEY=sk-test\nNOTION_API_KEY=" + TOKEN + "\n",
                envFile());
    }

    @Test
    void anExistingTokenCanBeKeptAndOnlyChecked() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + TOKEN + "\n");
        ScriptedConsole console = new ScriptedConsole("1", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(List.of(10), stepsShown(run.screen()));
        assertTrue(run.screen().contains("ntn_\u2026wxyz"), run.screen());
        assertVerifiedWith(TOKEN);
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void anExistingTokenCanBeReplaced() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + OTHER_TOKEN + "\n");
        Harness.Result run = wizard(new ScriptedConsole("2", "", "2", TOKEN, "", ""));

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
    }

    // --- issue 8: the access check and the database id ---

    private static final String TASKS_ID = "be907abe510e4116a3d17ea71018c06f";

    @Test
    void nothingSharedThenSharedInTheBrowserThenCheckedAgain() throws Exception {
        FakeNotion nothingShared = new FakeNotion().accept(TOKEN);
        fake.answerWith(nothingShared);
        Runnable userSharesInBrowser = () -> nothingShared.sharePage("Meeting Notes").shareDatabase(TASKS_ID, "Tasks");
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", userSharesInBrowser, "1", "n");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("Your integration can't see any pages or databases yet."), run.screen());
        assertTrue(run.screen().contains("select 'Connections', and add your integration"), run.screen());
        assertTrue(run.screen().contains("Your integration can see 1 page and 1 database: \"Meeting Notes\", \"Tasks\""),
                run.screen());
        assertFalse(run.screen().contains("Still to do"), "nothing is missing any more");
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
    }

    @Test
    void continuingWithoutSharingStillSavesTheTokenAndSaysWhatIsMissing() throws Exception {
        fake.answerWith(new FakeNotion().accept(TOKEN)); // nothing shared
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "2", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertTrue(run.screen().contains("Still to do: share at least one page or database"), run.screen());
    }

    @Test
    void aDatabasePickedFromTheListIsSavedWithTheToken() throws Exception {
        fake.shareDatabase(TASKS_ID, "Tasks");
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "", "1");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("Found the database \"Tasks\""), run.screen());
        assertTrue(run.screen().contains("The first query returned 0 rows"), run.screen());
        assertTrue(run.screen().contains("POST /v1/databases/" + TASKS_ID + "/query with Notion-Version 2022-06-28"),
                run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\nNOTION_DATABASE_ID=" + TASKS_ID + "\n", envFile());
        assertTrue(fake.requests.stream().anyMatch(r -> ("/v1/databases/" + TASKS_ID).equals(r.getPath())
                || ("/v1/databases/" + dashed(TASKS_ID)).equals(r.getPath())));
        assertTrue(run.screen().contains("$NOTION_DATABASE_ID/query"), "the first query is the guide's");
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void aPastedUrlOfAnUnsharedDatabaseIsExplainedThenAnotherIsAccepted() throws Exception {
        fake.shareDatabase(TASKS_ID, "Tasks");
        String unshared = "https://www.notion.so/acme/Secret-0123456789abcdef0123456789abcdef?v=ffffffffffffffffffffffffffffffff";
        String shared = "https://notion.so/Tasks-" + TASKS_ID + "?v=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&pvs=4";
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "y", "2", "not a url", unshared, "2",
                shared);

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("That isn't a Notion database URL or id."), run.screen());
        assertTrue(run.screen().contains("Database 0123456789abcdef0123456789abcdef was not found"), run.screen());
        assertTrue(envFile().contains("NOTION_DATABASE_ID=" + TASKS_ID + "\n"), envFile());
    }

    @Test
    void insideAGitWorkTreeItOffersToIgnoreTheEnvFile() throws Exception {
        Process init = new ProcessBuilder("git", "init", "-q", dir.toString()).redirectErrorStream(true).start();
        assertEquals(0, init.waitFor());
        Harness.Result run = wizard(new ScriptedConsole("", "2", TOKEN, "", "", ""));

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("is not ignored. Add it to"), run.screen());
        assertTrue(Files.readString(dir.resolve(".gitignore")).lines().anyMatch(l -> l.equals(".env")
                || l.equals("/.env")), "the env file is now ignored");
    }

    /** Asking what a signal would print stops the writes, as the signal does: one look per run. */
    @Test
    void whatASignalWouldPrintSaysWhetherAnythingWasSaved() throws Exception {
        List<String> notices = new ArrayList<>();
        ScriptedConsole[] console = new ScriptedConsole[1];
        Runnable look = () -> notices.add(console[0].exitNotice.get());
        console[0] = new ScriptedConsole("", "2", TOKEN, "", look, "");

        Harness.Result stopped = wizard(console[0]);

        assertEquals(List.of("Stopped. Nothing was written."), notices);
        assertEquals(ExitCode.ENV_FILE.code(), stopped.exitCode(), "a stopped run writes nothing: " + stopped.screen());
        assertFalse(Files.exists(dir.resolve(".env")));

        ScriptedConsole finished = new ScriptedConsole("", "2", TOKEN, "", "");
        assertEquals(0, wizard(finished).exitCode());
        assertEquals("Stopped. The token was already saved to " + dir.resolve(".env").toRealPath() + ".",
                finished.exitNotice.get());
    }

    @Test
    void aMissingEnvFolderEndsTheRunBeforeTheFirstQuestionAndRequest() throws Exception {
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "");

        Harness.Result run = wizard(console, "--env-file", dir.resolve("missing/x/.env").toString());

        assertEquals(5, run.exitCode(), run.screen());
        assertTrue(run.everything().contains("The folder " + dir.resolve("missing/x") + " does not exist."),
                run.everything());
        assertTrue(run.everything().contains("Create it first or choose another --env-file."), run.everything());
        assertFalse(run.screen().contains("Step 1 of 10"), "a question was asked first:\n" + run.screen());
        assertEquals(5, console.unusedLines(), "an answer was read");
        assertEquals(0, notion.getRequestCount(), "Notion was asked first");
    }

    @Test
    void aFolderThatTakesNoNewFilesIsRefusedBeforeTheFirstQuestionEvenForRoot() throws Exception {
        // What a read-only mount or an immutable folder does, for root too: creating the file fails.
        FaultyFileOps ops = new FaultyFileOps().failAt(FaultyFileOps.Step.CREATE_TEMP,
                new AccessDeniedException(dir.toString()));
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "");

        Harness.Result run = wizardWith(ops, console);

        assertEquals(5, run.exitCode(), run.screen());
        assertTrue(run.everything().contains("Cannot create files in the folder " + dir + ": permission denied."),
                run.everything());
        assertFalse(run.screen().contains("Step 1 of 10"), run.screen());
        assertEquals(0, notion.getRequestCount());
    }

    @Test
    void aWriteThatFailsAtTheEndKeepsTheVerifiedTokenForARetry() throws Exception {
        FaultyFileOps ops = new FaultyFileOps();
        Runnable diskFills = () -> ops.failAt(FaultyFileOps.Step.WRITE, new IOException("No space left on device"));
        Runnable diskFreed = () -> ops.heal(FaultyFileOps.Step.WRITE);
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", diskFills, "", diskFreed, "1");

        Harness.Result run = wizardWith(ops, console);

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("No space left on device"), run.screen());
        assertTrue(run.screen().contains("The verified token (ntn_\u2026wxyz) is kept until you choose."), run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertEquals(List.of(1, 2, 3, 6, 7, 8, 9, 10), stepsShown(run.screen()), "the walk or the check was repeated");
        assertFalse(run.everything().contains(TOKEN), "the token reached the screen");
    }

    @Test
    void aWriteThatFailsAtTheEndCanGoToAnotherFile() throws Exception {
        FaultyFileOps ops = new FaultyFileOps();
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Runnable diskFills = () -> ops.failAt(FaultyFileOps.Step.WRITE, new IOException("No space left on device"));
        Runnable diskFreed = () -> ops.heal(FaultyFileOps.Step.WRITE);
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", diskFills, "", "2", diskFreed, "elsewhere/.env");

        Harness.Result run = wizardWith(ops, console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", Files.readString(elsewhere.resolve(".env")));
        assertFalse(Files.exists(dir.resolve(".env")));
        assertTrue(run.screen().contains("Saved NOTION_API_KEY (ntn_\u2026wxyz) to " + elsewhere.resolve(".env")),
                run.screen());
    }

    @Test
    void quittingAfterAFailedWriteSaysTheTokenWasNotSaved() throws Exception {
        FaultyFileOps ops = new FaultyFileOps();
        Runnable diskFills = () -> ops.failAt(FaultyFileOps.Step.WRITE, new IOException("No space left on device"));
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", diskFills, "", "3");

        Harness.Result run = wizardWith(ops, console);

        assertEquals(5, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("Nothing was written; the verified token was not saved."), run.screen());
        assertFalse(Files.exists(dir.resolve(".env")));
    }

    @Test
    void theLastLinesAreTheResultAndTheNextCommandsWithThingsToKnowBefore() throws Exception {
        Harness.Result run = wizard(new ScriptedConsole("", "2", TOKEN, "", ""));

        assertEquals(0, run.exitCode(), run.screen());
        String screen = run.screen();
        assertEquals(1, screen.split("Things to know", -1).length - 1, "shown once:\n" + screen);
        int things = screen.indexOf("Things to know");
        int saved = screen.indexOf("Saved NOTION_API_KEY (ntn_\u2026wxyz) to " + dir.resolve(".env").toRealPath());
        int validate = screen.indexOf("  notion-setup validate");
        int curl = screen.indexOf("curl -s https://api.notion.com/v1/users/me");
        assertTrue(things >= 0 && things < saved && saved < validate && validate < curl, screen);
        assertFalse(screen.substring(saved).contains("\u2022"), "notes after the result:\n" + screen);
    }

    @Test
    void notionUnreachableAtStep10IsNotBlamedOnTheTokenAndTryAgainIsTheDefault() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        // Enter takes the default (try again), which fails the same way; then 3 quits.
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "", "3");

        Harness.Result run = new Harness(dir).console(console).run("--api-url", "http://127.0.0.1:" + closed + "/");

        assertEquals(130, run.exitCode(), run.screen());
        String screen = run.screen();
        assertEquals(2, screen.split("Couldn't reach Notion, so the token was not checked.", -1).length - 1, screen);
        assertTrue(screen.contains("Your token may well be fine"), screen);
        assertFalse(screen.contains("copied it correctly"), "the token was blamed:\n" + screen);
        assertTrue(screen.contains("  1) Try again\n  2) Enter the token again\n  3) Quit"), screen);
        assertEquals(2, screen.split("Checking your integration token works", -1).length - 1, "not retried:\n" + screen);
        assertNothingWritten();
    }

    @Test
    void a503AtStep10SaysNotionAnsweredNotThatItCouldNotBeReached() throws Exception {
        MockResponse unavailable = new MockResponse().setResponseCode(503).setHeader("Content-Type", "application/json")
                .setBody(text(documented("503-service_unavailable.json")));
        for (int i = 0; i < 3; i++) { // the first try and its two retries
            fake.thenUsersMe(unavailable);
        }
        // Enter takes the default (try again), which Notion, back by then, answers.
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "", "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        String screen = run.screen();
        assertTrue(screen.contains("Notion answered, but is busy or having trouble, so the token was not checked."),
                screen);
        assertFalse(screen.contains("Couldn't reach Notion"), screen);
        assertTrue(screen.contains("Notion is unavailable (503 service_unavailable) after 2 retries"), screen);
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
    }

    @Test
    void theEdgesBlockPageAtStep10IsNotCalledUnreachable() throws Exception {
        fake.thenUsersMe(edgeBlock());
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "", "3");

        Harness.Result run = wizard(console);

        String screen = run.screen();
        assertTrue(screen.contains("Something other than Notion's API answered, so the token was not checked."),
                screen);
        assertTrue(screen.contains("Ray ID " + EDGE_RAY_ID), screen);
        assertFalse(screen.contains("Couldn't reach Notion"), screen);
        assertNothingWritten();
    }

    @Test
    void aRejectedTokenAtStep10OffersToEnterItAgainFirst() throws Exception {
        notionRejectsOnce();
        // Enter takes the default (enter the token again): step 7 asks afresh, with nothing kept to offer.
        ScriptedConsole console = new ScriptedConsole("", "2", OTHER_TOKEN, "", "", TOKEN, "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("  1) Enter the token again\n  2) Try again\n  3) Quit"), run.screen());
        assertFalse(run.screen().contains("Couldn't reach Notion"), run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
    }

    @Test
    void backFromStep9KeepsTheAcceptedTokenUnlessAnotherIsPasted() throws Exception {
        // b at step 9 passes step 8 (it asks nothing) to step 7, which offers to keep the token; Enter keeps it.
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "b", "", "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(List.of(1, 2, 3, 6, 7, 8, 9, 7, 8, 9, 10), stepsShown(run.screen()));
        assertTrue(run.screen().contains("You entered ntn_\u2026wxyz (50 characters) before."), run.screen());
        assertTrue(run.screen().contains("Kept ntn_\u2026wxyz."), run.screen());
        assertVerifiedWith(TOKEN);
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertEquals(0, console.unusedLines());
    }

    @Test
    void backFromStep9CanPasteAnotherToken() throws Exception {
        ScriptedConsole console = new ScriptedConsole("", "2", OTHER_TOKEN, "b", "2", TOKEN, "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertVerifiedWith(TOKEN);
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertFalse(run.everything().contains(OTHER_TOKEN));
    }

    @Test
    void aTokenPastedAtAMenuIsNotTakenNorRepeatedAndTheUserIsToldWhereItGoes() throws Exception {
        ScriptedConsole console = new ScriptedConsole("", TOKEN, "2", TOKEN, "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("That looks like a token; it was not used here. Paste it only where the token is asked for"),
                run.screen());
        assertFalse(run.everything().contains(TOKEN), "the token was repeated");
        assertEquals(List.of(1, 2, 3, 6, 7, 8, 9, 10), stepsShown(run.screen()));
    }

    @Test
    void aTokenAtAConfirmationIsNotTakenForAnAnswerAndOnAPlainTerminalTheUserIsToldItIsStillVisible()
            throws Exception {
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, OLD_TOKEN, "", "").plain();

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("That looks like a token"), run.screen());
        assertTrue(run.screen().contains("It is still visible above"), run.screen());
        // The plain terminal's own echo is the one copy: nothing of ours repeats it.
        assertEquals(1, run.screen().split(OLD_TOKEN, -1).length - 1, run.screen());
    }

    private Harness.Result wizardWith(FaultyFileOps ops, ScriptedConsole console) {
        return new Harness(dir).console(console).fileOps(ops).run("--store", "env", "--api-url", notion.url("/").toString());
    }

    // --- issue 12: personal access tokens, the kind of credential, the first query, --var ---

    private static final String SOURCE_ID = "1f2e3d4c5b6a49788796a5b4c3d2e1f0";
    private static final String OTHER_SOURCE_ID = "28399f72bada81b28d25000b442ed14b";

    @Test
    void aPersonalTokenGoesStraightToTheTokenAndSkipsTheSharingSteps() throws Exception {
        fake.personalTokenOf("Ada Lovelace");
        ScriptedConsole console = new ScriptedConsole("", "3", TOKEN, "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(List.of(1, 2, 3, 7, 10), stepsShown(run.screen()));
        assertTrue(run.screen().contains("Create a personal access token at https://www.notion.so/developers/tokens"),
                run.screen());
        assertFalse(run.screen().contains("Internal Integration Secret"), "step 7 speaks of a personal token");
        assertTrue(run.screen().contains("This token is: personal access token of \"Ada Lovelace\""), run.screen());
        assertTrue(run.screen().contains("This personal token sees what you can see: 1 page and 0 databases: \"Roadmap\""),
                run.screen());
        assertFalse(run.screen().contains("You chose"), "the kind is the one chosen: " + run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
        assertEquals(0, console.unusedLines());
    }

    @Test
    void aPersonalTokenThatSeesNothingIsNeverToldToShare() throws Exception {
        fake.answerWith(new FakeNotion().accept(TOKEN).personalTokenOf("Ada Lovelace"));
        ScriptedConsole console = new ScriptedConsole("", "3", TOKEN, "2", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("This personal token sees what you can see, and that is no pages or"
                + " databases yet."), run.screen());
        assertTrue(run.screen().contains("Still to do: A personal token sees what you can see"), run.screen());
        assertFalse(run.screen().contains("can't see any pages"), run.screen());
        assertFalse(run.screen().contains("Still to do: share"), run.screen());
    }

    @Test
    void aPersonalTokenAnswerWithAnInternalConnectionsTokenSaysSoAndSharingMatters() throws Exception {
        fake.answerWith(new FakeNotion().accept(TOKEN)); // an internal connection, nothing shared
        ScriptedConsole console = new ScriptedConsole("", "3", TOKEN, "2", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertEquals(List.of(1, 2, 3, 7, 10), stepsShown(run.screen()));
        assertTrue(run.screen().contains("You chose a personal access token, but Notion says this one belongs to the"
                + " internal connection (integration) \"My Script\" of \"Acme\"."), run.screen());
        assertTrue(run.screen().contains("So sharing matters after all"), run.screen());
        assertTrue(run.screen().contains("Your integration can't see any pages or databases yet."), run.screen());
        assertTrue(run.screen().contains("Still to do: share at least one page or database"), run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", envFile());
    }

    @Test
    void anIntegrationAnswerWithAPersonalTokenSaysSo() throws Exception {
        fake.personalTokenOf("Ada Lovelace");
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "");

        Harness.Result run = wizard(console);

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("You chose an integration, but Notion says this is a personal access token"
                + " of \"Ada Lovelace\"."), run.screen());
        assertTrue(run.screen().contains("This personal token sees what you can see"), run.screen());
    }

    @Test
    void theSeedsBranchesSayTheKindWithoutComplaint() throws Exception {
        Harness.Result run = wizard(new ScriptedConsole("", "2", TOKEN, "", ""));

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("This token is: internal connection (integration), owned by the workspace."),
                run.screen());
        assertFalse(run.screen().contains("You chose"), run.screen());
        assertTrue(run.screen().contains("Notion now calls integrations connections; they are also at"
                + " https://www.notion.so/developers/connections"), run.screen());
    }

    @Test
    void aDatabaseWithOneDataSourceIsQueriedThroughItAndBothIdsAreSaved() throws Exception {
        fake.shareDatabase(TASKS_ID, "Tasks", java.util.Map.of(SOURCE_ID, "Tasks")).rows(1);
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "", "1");

        Harness.Result run = wizard(console, "--notion-version", "2025-09-03");

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("The first query returned 1 row"), run.screen());
        assertTrue(run.screen().contains("POST /v1/data_sources/" + SOURCE_ID + "/query with Notion-Version 2025-09-03"),
                run.screen());
        assertFalse(run.screen().contains("Which data source?"), "one data source needs no choice");
        assertEquals("NOTION_API_KEY=" + TOKEN + "\nNOTION_DATABASE_ID=" + TASKS_ID + "\nNOTION_DATA_SOURCE_ID="
                + SOURCE_ID + "\n", envFile());
        assertEquals(0, console.unusedLines());
    }

    @Test
    void aDatabaseWithSeveralDataSourcesAsksWhichOneEvenUnderTheGuidesVersion() throws Exception {
        java.util.Map<String, String> sources = new java.util.LinkedHashMap<>();
        sources.put(SOURCE_ID, "Tasks");
        sources.put(OTHER_SOURCE_ID, "Archive");
        fake.shareDatabase(TASKS_ID, "Tasks", sources).rows(1);
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "", "1", "2");

        Harness.Result run = wizard(console); // Notion-Version 2022-06-28, which such a database refuses

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("\"Tasks\" has 2 data sources"), run.screen());
        assertTrue(run.screen().contains("\"Archive\" (" + OTHER_SOURCE_ID + ")"), run.screen());
        assertTrue(run.screen().contains("The first query returned 1 row"), run.screen());
        assertTrue(fake.requests.stream().anyMatch(r -> ("/v1/data_sources/" + OTHER_SOURCE_ID + "/query")
                .equals(r.getPath())), "the chosen data source was queried");
        assertTrue(run.screen().contains("read through its data sources, which Notion-Version 2022-06-28 does not"
                + " have"), run.screen());
        assertTrue(run.screen().contains("/v1/data_sources/$NOTION_DATA_SOURCE_ID/query")
                && run.screen().contains("Notion-Version: 2025-09-03"), "the first call to try is the one that works");
        assertEquals("NOTION_API_KEY=" + TOKEN + "\nNOTION_DATABASE_ID=" + TASKS_ID + "\nNOTION_DATA_SOURCE_ID="
                + OTHER_SOURCE_ID + "\n", envFile());
    }

    @Test
    void varNamesTheVariableTheWizardWritesAndShows() throws Exception {
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "");

        Harness.Result run = wizard(console, "--var", "NOTION_TOKEN");

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(console.prompts().stream().anyMatch(p -> p.startsWith("NOTION_TOKEN (typing is hidden)")),
                console.prompts().toString());
        assertTrue(run.screen().contains("Saved NOTION_TOKEN (ntn_\u2026wxyz)"), run.screen());
        assertTrue(run.screen().contains("Bearer $NOTION_TOKEN"), run.screen());
        assertFalse(run.screen().contains("NOTION_API_KEY"), run.screen());
        assertEquals("NOTION_TOKEN=" + TOKEN + "\n", envFile());
    }

    private static String dashed(String id) {
        return id.substring(0, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12, 16) + "-" + id.substring(16, 20)
                + "-" + id.substring(20);
    }
}
