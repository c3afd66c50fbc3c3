package dev.notionsetup.setup;

import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Non-interactive setup in-process: the rules around an existing file and the environment. */
class UnattendedTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).sharePage("Roadmap");
    final MockWebServer notion = fake.server();

    private Harness.Result run(Harness harness, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--api-url";
        all[1] = notion.url("/").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return harness.run(all);
    }

    @Test
    void aDifferentExportedTokenIsWarnedAboutBecauseDotenvLoadersKeepIt() throws Exception {
        Harness.Result result = run(new Harness(dir).env("NOTION_API_KEY", OTHER_TOKEN).stdin(TOKEN + "\n"),
                "--token-stdin");

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("NOTION_API_KEY is also set in your environment"), result.stderr());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", Files.readString(dir.resolve(".env")));
        assertFalse(result.everything().contains(TOKEN));
        assertFalse(result.everything().contains(OTHER_TOKEN));
    }

    @Test
    void aDifferentStoredTokenIsReplacedOnlyWithYes() throws Exception {
        Files.writeString(dir.resolve(".env"), "# keep me\nNOTION_API_KEY=" + OTHER_TOKEN + "\n");

        Harness.Result refused = run(new Harness(dir).stdin(TOKEN), "--token-stdin");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.stderr().contains("already has a different NOTION_API_KEY (ntn_\u2026abcd)"),
                refused.stderr());
        assertTrue(refused.stderr().contains("--yes"));
        assertEquals("# keep me\nNOTION_API_KEY=" + OTHER_TOKEN + "\n", Files.readString(dir.resolve(".env")));

        Harness.Result replaced = run(new Harness(dir).stdin(TOKEN), "--token-stdin", "--yes");
        assertEquals(0, replaced.exitCode(), replaced.stderr());
        assertEquals("# keep me\nNOTION_API_KEY=" + TOKEN + "\n", Files.readString(dir.resolve(".env")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PATH", "HOME", "https_proxy", "NO_PROXY", "LD_PRELOAD", "DYLD_INSERT_LIBRARIES",
            "JAVA_TOOL_OPTIONS", "NOTION_API_URL", "NOTION_VERSION", "NOTION_API_BASE_URL", "NOTION_SETUP_RUNTIME"})
    void varRefusesANameThatSomethingElseReads(String name) {
        Harness.Result result = run(new Harness(dir).stdin(TOKEN), "--token-stdin", "--yes", "--var", name);

        assertEquals(2, result.exitCode(), result.stderr());
        assertEquals(List.of("Error: --var " + name + " names a variable that shells, proxies, loaders or"
                        + " notion-setup itself read; the token must not replace it.",
                "Choose a name of its own for the token, e.g. --var NOTION_TOKEN."), result.stderr().lines().toList());
        assertFalse(Files.exists(dir.resolve(".env")));
        assertEquals(0, notion.getRequestCount());
    }

    @Test
    void aValueThatIsNoNotionTokenIsReplacedOnlyWithForce() throws Exception {
        String env = "DATABASE_URL=postgres://app:s3cret@db/app\nNOTION_API_KEY=x\n";
        Files.writeString(dir.resolve(".env"), env);

        Harness.Result refused = run(new Harness(dir).stdin(TOKEN), "--token-stdin", "--yes", "--var",
                "DATABASE_URL");

        assertEquals(2, refused.exitCode(), refused.stderr());
        assertEquals(List.of("Error: .env already has DATABASE_URL, and its value does not look like a Notion token.",
                "Pass --force to replace it with the token, or choose another --var for the token; nothing was"
                        + " written."), refused.stderr().lines().toList());
        assertEquals(env, Files.readString(dir.resolve(".env")));
        assertEquals(0, notion.getRequestCount(), "refused before Notion was asked");
        assertFalse(refused.everything().contains("s3cret"));

        Harness.Result forced = run(new Harness(dir).stdin(TOKEN), "--token-stdin", "--force", "--var",
                "DATABASE_URL");

        assertEquals(0, forced.exitCode(), forced.stderr());
        assertEquals("DATABASE_URL=" + TOKEN + "\nNOTION_API_KEY=x\n", Files.readString(dir.resolve(".env")));
    }

    @Test
    void noTokenAndNoTerminalIsAUsageErrorThatSaysHowToGiveOne() {
        Harness.Result result = new Harness(dir).env("CI", "true").run();

        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("No token given, and standard input is not a terminal, so nothing can be"
                + " asked."), result.stderr());
        assertTrue(result.stderr().contains("--token-stdin"));
        assertEquals(0, notion.getRequestCount());
    }

    @Test
    void aRejectedTokenWritesNothingAndExits1() throws Exception {
        Harness.Result result = run(new Harness(dir).stdin(OTHER_TOKEN), "--token-stdin", "--json");

        assertEquals(1, result.exitCode());
        assertTrue(result.stdout().startsWith("{\"ok\":false"), result.stdout());
        assertTrue(result.stdout().contains("\"kind\":\"rejected\""), result.stdout());
        assertFalse(Files.exists(dir.resolve(".env")));
        assertFalse(result.everything().contains(OTHER_TOKEN));
    }

    @Test
    void anUnknownPrefixIsUsedWithAWarningThatTheJsonListsToo() throws Exception {
        String newKind = "xyz_FAKEnewkind" + "N".repeat(31) + "wxyz";
        fake.accept(newKind);

        Harness.Result result = run(new Harness(dir).stdin(newKind), "--token-stdin", "--json");

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("doesn't start with ntn_ or secret_"), result.stderr());
        assertTrue(result.stdout().contains("\"warnings\":[\"It doesn't start with ntn_ or secret_"), result.stdout());
        assertFalse(result.everything().contains(newKind));
    }

    @Test
    void aMissingEnvFolderIsExit5BeforeAnyRequest() {
        Harness.Result result = run(new Harness(dir).stdin(TOKEN), "--token-stdin", "--env-file",
                dir.resolve("missing/x/.env").toString());

        assertEquals(5, result.exitCode(), result.everything());
        assertTrue(result.stderr().contains("The folder " + dir.resolve("missing/x") + " does not exist."),
                result.stderr());
        assertTrue(result.stderr().contains("Create it first or choose another --env-file."), result.stderr());
        assertEquals(0, notion.getRequestCount(), "Notion was asked before the file was checked");
    }

    @Test
    void aReadOnlyEnvFileIsExit5BeforeAnyRequest() throws Exception {
        Path env = Files.writeString(dir.resolve(".env"), "OTHER=1\n");
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("r--r-----"));

        Harness.Result result = run(new Harness(dir).stdin(TOKEN), "--token-stdin");

        assertEquals(5, result.exitCode(), result.everything());
        assertTrue(result.stderr().contains(".env is read-only."), result.stderr());
        assertEquals(0, notion.getRequestCount(), "Notion was asked before the file was checked");
        assertEquals("OTHER=1\n", Files.readString(env));
    }
}
