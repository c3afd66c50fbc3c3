package dev.notionsetup.status;

import dev.notionsetup.credentials.KeychainException.Kind;
import dev.notionsetup.testing.FakeKeychain;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `status` and `logout` in-process, with a keychain in memory and a fake Notion. */
class StatusAndLogoutTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN);

    private Path envFile(String text) throws Exception {
        Path file = Files.writeString(dir.resolve(".env"), text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void statusListsEveryPlaceSaysWhichWinsAndChecksItWithNotion() throws Exception {
        envFile("NOTION_API_KEY=" + OTHER_TOKEN + "\nNOTION_DATABASE_ID=db1\n");
        Harness harness = new Harness(dir);
        harness.keychain.with("default", TOKEN);
        Harness.Result run = harness.run("status", "--api-url", fake.url());

        assertEquals(0, run.exitCode(), run.stderr());
        String err = run.stderr();
        assertTrue(err.contains("NOTION_API_KEY in the environment: none"), err);
        assertTrue(err.contains("the test keychain entry default: ntn_\u2026wxyz (used)"), err);
        assertTrue(err.contains("NOTION_API_KEY in .env: ntn_\u2026") && err.contains("(not used: an earlier place wins)"),
                err);
        assertTrue(err.contains("Saved database: db1"), err);
        assertTrue(err.contains("Env file .env: mode 600"), err);
        assertTrue(err.contains("The token works") && err.contains("My Script"), err);
        assertFalse(run.everything().contains(TOKEN) || run.everything().contains(OTHER_TOKEN));
    }

    @Test
    void statusJsonIsOneObjectWithThePlacesAndOfflineAsksNothing() throws Exception {
        envFile("NOTION_API_KEY=" + TOKEN + "\n");
        Harness harness = new Harness(dir).keychain(new FakeKeychain().failing(Kind.NO_SESSION_BUS));
        Harness.Result run = harness.run("status", "--json", "--offline");

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(1, run.stdout().lines().count(), run.stdout());
        assertTrue(run.stdout().startsWith("{\"ok\":true,\"profile\":\"default\",\"places\":[{\"source\":"
                + "\"environment\",\"name\":\"NOTION_API_KEY in the environment\",\"found\":false,\"used\":false}"),
                run.stdout());
        assertTrue(run.stdout().contains("{\"source\":\"keychain\",\"name\":\"the test keychain entry default\","
                + "\"found\":false,\"used\":false,\"unavailable\":\"The keychain failed (NO_SESSION_BUS).\"}"),
                run.stdout());
        assertTrue(run.stdout().contains("\"source\":\"env-file\",\"name\":\"NOTION_API_KEY in .env\",\"found\":true,"
                + "\"token\":\"ntn_\u2026wxyz\",\"used\":true}"), run.stdout());
        assertTrue(run.stdout().contains("\"checked\":false"), run.stdout());
        assertEquals(0, fake.requests.size());
    }

    @Test
    void statusWithNoTokenAnywhereExits2AfterShowingWhereItLooked() {
        Harness.Result run = new Harness(dir).run("status", "--offline");

        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("the test keychain entry default: none"), run.stderr());
        assertTrue(run.stderr().contains("Error: No token for profile default."), run.stderr());
    }

    @Test
    void logoutWithYesRemovesTheEntryAndOnlyTheTokensLineAndSaysWhereToRevoke() throws Exception {
        String before = "# app\r\nDEBUG=1\r\nNOTION_API_KEY=" + TOKEN + " # keep me\r\nNOTION_DATABASE_ID=db1";
        Path file = envFile(before);
        Harness harness = new Harness(dir);
        harness.keychain.with("default", TOKEN).with("work", OTHER_TOKEN);
        Harness.Result run = harness.run("logout", "--yes", "--api-url", fake.url());

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("# app\r\nDEBUG=1\r\nNOTION_DATABASE_ID=db1", Files.readString(file));
        assertFalse(harness.keychain.entries.containsKey("default"));
        assertEquals(OTHER_TOKEN, harness.keychain.entries.get("work"), "another profile's entry is kept");
        assertTrue(run.stderr().contains("works until it is revoked: https://www.notion.so/profile/integrations/internal"
                + " (\"My Script\", Configuration)."), run.stderr());
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void logoutAsksAtATerminalAndANoRemovesNothing() throws Exception {
        Path file = envFile("NOTION_API_KEY=" + TOKEN + "\n");
        ScriptedConsole console = new ScriptedConsole("n");
        Harness.Result run = new Harness(dir).console(console).run("logout", "--offline");

        assertEquals(130, run.exitCode(), run.stderr());
        assertTrue(run.screen().contains("Remove NOTION_API_KEY in .env (ntn_\u2026wxyz)? [y/N]"), run.screen());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", Files.readString(file));

        Harness.Result yes = new Harness(dir).console(new ScriptedConsole("y")).run("logout", "--offline");
        assertEquals(0, yes.exitCode(), yes.stderr());
        assertEquals("", Files.readString(file));
        assertTrue(yes.stderr().contains(
                "an internal connection's at https://www.notion.so/profile/integrations/internal"), yes.stderr());
        assertTrue(yes.stderr().contains("a personal token's at https://www.notion.so/developers/tokens"),
                yes.stderr());
    }

    @Test
    void logoutWithoutATerminalNeedsYes() throws Exception {
        envFile("NOTION_API_KEY=" + TOKEN + "\n");
        Harness.Result run = new Harness(dir).run("logout");

        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("Pass --yes to remove it without asking."), run.stderr());
    }

    @Test
    void logoutWithNothingStoredIsExit0AndOneLine() {
        Harness.Result run = new Harness(dir).run("logout", "--profile", "work");

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().contains("Nothing is stored for profile work"), run.stderr());
    }
}
