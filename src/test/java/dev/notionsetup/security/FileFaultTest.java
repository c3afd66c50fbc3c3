package dev.notionsetup.security;

import dev.notionsetup.ExitCode;
import dev.notionsetup.browser.NoBrowser;
import dev.notionsetup.credentials.Profile;
import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.envfile.EnvFileException;
import dev.notionsetup.envfile.GitIgnoreAdvice;
import dev.notionsetup.envfile.ProcessCommandRunner;
import dev.notionsetup.notion.ApiBaseUrl;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.notion.NotionClientConfig;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.setup.CredentialStore;
import dev.notionsetup.setup.GivenToken;
import dev.notionsetup.setup.KeychainStore;
import dev.notionsetup.setup.TokenSource;
import dev.notionsetup.setup.Unattended;
import dev.notionsetup.term.LinePrompter;
import dev.notionsetup.term.Style;
import dev.notionsetup.term.WriterOutput;
import dev.notionsetup.testing.FakeKeychain;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.FaultyFileOps;
import dev.notionsetup.testing.FileModes;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import dev.notionsetup.token.Secret;
import dev.notionsetup.wizard.Wizard;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File faults the env file package's own tests do not reach: a full disk and a read-only file seen through
 * the commands that write (the file intact, and the user told so in words and exit code 5), a read-only file
 * when running as root, and the temporary files a killed writer leaves behind. The same faults with real
 * processes (SIGKILL, two writers, a real full disk) are in {@code EnvFileKillIT}.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes (set in @BeforeEach)")
class FileFaultTest {
    private static final byte[] ORIGINAL = "# keep me\r\nA=1\r\nNOTION_API_KEY=old-value\r\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path env;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).sharePage("Roadmap");
    final MockWebServer notion = fake.server();

    @BeforeEach
    void start() throws IOException {
        env = FileModes.writePrivate(dir.resolve(".env"), ORIGINAL);
    }

    private void assertIntactAndAlone() throws IOException {
        assertArrayEquals(ORIGINAL, Files.readAllBytes(env), "the env file changed");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(".env"), files.map(p -> p.getFileName().toString()).toList(), "files left behind");
        }
    }

    // --- read-only ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "mode {0}")
    @ValueSource(strings = {"r--------", "r--r--r--", "r--r-----"})
    void aReadOnlyFileIsRefusedEvenByRoot(String mode) throws IOException {
        // Root may write any file, so this holds for root only because the tool respects the mode itself.
        FileModes.whileIn(mode, env, () -> {
            Harness.Result run = new Harness(dir).stdin(TOKEN).run("--token-stdin", "--yes", "--skip-validation");

            assertEquals(ExitCode.ENV_FILE.code(), run.exitCode(), run.stderr());
            assertTrue(run.stderr().contains("Error: " + env + " is read-only."), run.stderr());
            assertTrue(run.stderr().contains("chmod u+w " + env), run.stderr());
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(env)));
        });
        assertIntactAndAlone();
    }

    @Test
    void aReadOnlyFileStopsTheWizardBeforeTheFirstQuestionWithTheFileIntact() throws IOException {
        FileModes.whileIn("r--------", env, () -> {
            ScriptedConsole console = new ScriptedConsole("2", "", "2", TOKEN, "", "");
            Harness harness = new Harness(dir).console(console);
            Harness.Result run = harness.run("--api-url", notion.url("/").toString());

            assertEquals(ExitCode.ENV_FILE.code(), run.exitCode(), run.screen() + run.stderr());
            assertFalse(run.screen().contains("Step 1 of 10"), run.screen());
            assertEquals(6, console.unusedLines(), "something was asked first");
            assertEquals(0, notion.getRequestCount(), "Notion was asked first");
            assertTrue(run.stderr().contains(".env is read-only."), run.stderr());
            assertFalse(harness.consoleOpened(), "the terminal was taken over before the file was checked");
        });
        assertIntactAndAlone();
    }

    @Test
    void aFileOthersMayWriteIsStillWritable() throws IOException {
        // The rule is "nobody may write it", not "I may not": a group-writable file is not read-only.
        FileModes.whileIn("r--rw----", env, () -> {
            Harness.Result run = new Harness(dir).stdin(TOKEN).run("--token-stdin", "--yes", "--skip-validation");
            if (Files.isWritable(env)) {
                assertEquals(0, run.exitCode(), run.stderr());
                assertTrue(Files.readString(env).contains("NOTION_API_KEY=" + TOKEN));
            } else {
                assertEquals(ExitCode.ENV_FILE.code(), run.exitCode(), run.stderr());
            }
        });
    }

    // --- a full disk, through the commands ------------------------------------------------------------------------

    /** The real file system, but the disk fills up half way through writing the temporary file. */
    private static FaultyFileOps fullDisk() {
        return new FaultyFileOps().failAt(FaultyFileOps.Step.WRITE,
                new FileSystemException(null, null, "No space left on device"));
    }

    private CredentialStore fullDiskStore(FaultyFileOps disk) {
        return new CredentialStore(new EnvFile(env, disk), ".env", new GitIgnoreAdvice(new ProcessCommandRunner()), Map.of());
    }

    private NotionClient client() {
        return new NotionClient(new NotionClientConfig(ApiBaseUrl.parse(notion.url("/").toString()), null,
                Duration.ofSeconds(5), null, 0, null), d -> { }, null);
    }

    @Test
    void aFullDiskDuringUnattendedSetupSaysSoAndLeavesTheFile() throws IOException {
        FaultyFileOps disk = fullDisk();
        StringWriter shown = new StringWriter();
        WriterOutput out = new WriterOutput(new PrintWriter(shown), Style.PLAIN, () -> 0, false);

        EnvFileException e;
        try (NotionClient client = client()) {
            e = assertThrows(EnvFileException.class, () -> new Unattended(out, JsonReport.none(), client, fullDiskStore(disk))
                    .run(new Unattended.Request(Optional.of(new GivenToken(Secret.of(TOKEN), TokenSource.STDIN)), true, false,
                            false, false, Optional.empty())));
        }

        assertEquals(ExitCode.ENV_FILE, e.exitCode());
        assertEquals("Could not write " + env + ": No space left on device.", e.what());
        assertEquals("Check free space and permissions, then run again; " + env + " was not changed.", e.fix());
        assertFalse(shown.toString().contains("Saved"), shown.toString());
        // The preflight's probe, then the write's own temporary file: both beside .env, both gone.
        assertEquals(2, disk.tempFiles.size(), disk.tempFiles.toString());
        assertTrue(disk.tempFiles.stream().allMatch(t -> t.getFileName().toString().startsWith(".env.tmp-")));
        assertIntactAndAlone();
    }

    @Test
    void aFullDiskAtTheWizardsSaveSaysSoKeepsTheTokenUntilAskedAndLeavesTheFile() throws IOException {
        FaultyFileOps disk = fullDisk();
        // ... Enter keeps the token in the env file; "3" at the question after the failed write: quit without saving.
        ScriptedConsole console = new ScriptedConsole("2", "2", TOKEN, "", "", "", "3");
        LinePrompter prompter = new LinePrompter(console, new WriterOutput(console.writer(), Style.PLAIN, () -> 0,
                false));

        int exit;
        try (NotionClient client = client()) {
            exit = new Wizard(prompter, new NoBrowser(), false, client, fullDiskStore(disk),
                    new KeychainStore(new FakeKeychain(), Profile.DEFAULT), Optional.empty(), notice -> { }).run();
        }

        assertEquals(ExitCode.ENV_FILE.code(), exit, console.screen());
        assertTrue(console.screen().contains("No space left on device"), console.screen());
        assertTrue(console.screen().contains(".env was not changed"), console.screen());
        assertTrue(console.screen().contains("1) Try again\n  2) Save to another file\n  3) Quit without saving"),
                console.screen());
        assertTrue(console.screen().contains("Nothing was written; the verified token was not saved."),
                console.screen());
        assertFalse(console.screen().contains("Saved NOTION_API_KEY"), console.screen());
        assertFalse(console.screen().contains(TOKEN), console.screen());
        assertIntactAndAlone();
    }

    // --- what a killed writer leaves behind ---------------------------------------------------------------------

    /**
     * A file as a writer killed a minute ago left it: nobody holds its lock, and it is older than the age below
     * which a file may belong to a writer that has not locked it yet.
     */
    private Path leftOver(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
        return file;
    }

    @Test
    void aKilledWritersTemporaryFileIsRemovedByTheNextWrite() throws Exception {
        Path stale = leftOver(".env.tmp-4021123456789", "# half of an earlier write\nNOTION_API_KEY="
                + TOKEN.substring(0, 20));

        EnvFile.at(env).set("NOTION_API_KEY", Secret.of(TOKEN));

        assertFalse(Files.exists(stale), "the stale temporary file (a copy of a token) is still there");
        assertEquals("# keep me\r\nA=1\r\nNOTION_API_KEY=" + TOKEN + "\r\n", Files.readString(env));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(".env"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Earlier versions put the writer's pid and start tick in the name; their leftovers hold tokens too. */
    @Test
    void aTemporaryFileNamedByAnEarlierVersionIsRemovedToo() throws Exception {
        Path stale = leftOver(".env.tmp-25099-987654-17185548870402519253", "NOTION_API_KEY=" + TOKEN);

        EnvFile.at(env).set("NOTION_API_KEY", Secret.of(TOKEN));

        assertFalse(Files.exists(stale));
    }

    /** Found by EnvFileKillIT: when the file already held the value, nothing was written and nothing cleaned. */
    @Test
    void aStaleTemporaryFileIsRemovedEvenWhenTheValueIsAlreadyThere() throws Exception {
        Files.writeString(env, "NOTION_API_KEY=" + TOKEN + "\n");
        Path stale = leftOver(".env.tmp-4021123456789", "NOTION_API_KEY=" + TOKEN);

        EnvFile.at(env).set("NOTION_API_KEY", Secret.of(TOKEN));

        assertFalse(Files.exists(stale), "the stale copy of the token is still there");
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", Files.readString(env));
    }

    /** A writer creates its file, then locks it: a file seconds old may be one that is not locked yet. */
    @Test
    void aYoungUnlockedTemporaryFileIsLeftAlone() throws Exception {
        Path young = dir.resolve(".env.tmp-4021123456789");
        Files.writeString(young, "NOTION_API_KEY=" + TOKEN);
        // Dated a minute ahead: still young however long this machine takes to reach the write below.
        Files.setLastModifiedTime(young, FileTime.from(Instant.now().plus(Duration.ofMinutes(1))));

        EnvFile.at(env).set("NOTION_API_KEY", Secret.of(TOKEN));

        assertTrue(Files.exists(young));
    }

    @Test
    void filesNotNamedLikeOursAreLeftAlone() throws Exception {
        List<String> kept = List.of(
                ".env.tmp-backup",
                ".env.tmp-12x",
                ".env.tmp--1",
                ".env.tmp-1-2",                 // neither a random number nor pid-tick-random
                ".env.tmp-1-2-3-4",
                "app.env.tmp-15",               // a temporary file of another file
                ".env.tmp-16.bak",
                ".envrc");
        for (String name : kept) {
            leftOver(name, "keep");
        }
        Path folder = Files.createDirectory(dir.resolve(".env.tmp-77"));
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));

        EnvFile.at(env).set("NOTION_API_KEY", Secret.of(TOKEN));

        for (String name : kept) {
            assertTrue(Files.exists(dir.resolve(name)), name + " was removed");
        }
        assertTrue(Files.isDirectory(folder), "a folder named like a temporary file was removed");
    }

    @Test
    void aStaleTemporaryFileOfALinkedTargetIsRemovedNextToTheTarget() throws Exception {
        Path secrets = Files.createDirectory(dir.resolve("secrets"));
        Path target = secrets.resolve("notion.env");
        Files.writeString(target, "A=1\n");
        Files.delete(env);
        Files.createSymbolicLink(env, target);
        Path stale = secrets.resolve("notion.env.tmp-77");
        Files.writeString(stale, "NOTION_API_KEY=" + TOKEN);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));

        EnvFile.at(env).set("NOTION_API_KEY", Secret.of(TOKEN));

        assertFalse(Files.exists(stale));
        assertTrue(Files.isSymbolicLink(env));
        assertEquals("A=1\nNOTION_API_KEY=" + TOKEN + "\n", Files.readString(target));
    }

    /** No process id in the name: it means nothing in another pid namespace (a container next to the host). */
    @Test
    void temporaryFilesAreNamedAtRandom() {
        FaultyFileOps disk = fullDisk();

        assertThrows(EnvFileException.class, () -> new EnvFile(env, disk).set("NOTION_API_KEY", Secret.of(TOKEN)));

        String name = disk.tempFiles.get(0).getFileName().toString();
        assertTrue(name.matches("\\.env\\.tmp-\\d+"), name);
    }
}
