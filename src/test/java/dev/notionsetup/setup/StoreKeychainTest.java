package dev.notionsetup.setup;

import dev.notionsetup.credentials.KeychainException.Kind;
import dev.notionsetup.testing.FakeKeychain;
import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unattended setup with --store keychain: the token goes to the profile's entry, never to the env file. */
class StoreKeychainTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN);

    private Harness.Result setup(Harness harness, String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "--token-stdin";
        all[1] = "--api-url";
        all[2] = fake.url();
        all[3] = "--store";
        all[4] = "keychain";
        System.arraycopy(args, 0, all, 5, args.length);
        return harness.stdin(TOKEN).run(all);
    }

    @Test
    void theVerifiedTokenGoesToTheProfilesEntryAndNoEnvFileIsWritten() {
        Harness harness = new Harness(dir);
        Harness.Result run = setup(harness, "--profile", "work", "--json");

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(TOKEN, harness.keychain.entries.get("work"));
        assertFalse(Files.exists(dir.resolve(".env.work")));
        assertFalse(Files.exists(dir.resolve(".env")));
        assertTrue(run.stderr().contains("Saved the token (ntn_\u2026wxyz, from standard input) to the test keychain"
                + " entry work."), run.stderr());
        assertTrue(run.stdout().contains("\"store\":\"keychain\",\"profile\":\"work\""), run.stdout());
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void aKeychainThatCannotBeReachedStopsTheRunBeforeNotionIsAskedAndWritesNothing() {
        Harness harness = new Harness(dir).keychain(new FakeKeychain().failing(Kind.NO_SECRET_SERVICE));
        Harness.Result run = setup(harness);

        assertEquals(5, run.exitCode(), run.stderr());
        assertEquals("Error: The keychain failed (NO_SECRET_SERVICE).\nFix the keychain.\n", run.stderr());
        assertEquals(0, fake.requests.size());
        assertFalse(Files.exists(dir.resolve(".env")), "no silent fallback to the env file");
    }

    @Test
    void aDifferentTokenAlreadyInTheEntryIsReplacedOnlyWithYes() {
        Harness harness = new Harness(dir);
        harness.keychain.with("default", OTHER_TOKEN);
        Harness.Result refused = setup(harness);
        assertEquals(2, refused.exitCode(), refused.stderr());
        assertEquals(OTHER_TOKEN, harness.keychain.entries.get("default"));

        Harness.Result replaced = setup(harness, "--yes");
        assertEquals(0, replaced.exitCode(), replaced.stderr());
        assertEquals(TOKEN, harness.keychain.entries.get("default"));
    }

    @Test
    void theDatabaseIdsStillGoToTheEnvFileButTheTokenDoesNot() throws Exception {
        fake.shareDatabase("0123456789abcdef0123456789abcdef", "Tasks");
        Harness harness = new Harness(dir);
        Harness.Result run = setup(harness, "--database", "0123456789abcdef0123456789abcdef");

        assertEquals(0, run.exitCode(), run.stderr());
        String env = Files.readString(dir.resolve(".env"));
        assertTrue(env.contains("NOTION_DATABASE_ID=0123456789abcdef0123456789abcdef"), env);
        assertFalse(env.contains("NOTION_API_KEY"), env);
    }

    @Test
    void theWizardTakesStoreButAMisspeltOneStopsItBeforeTheFirstQuestion() {
        dev.notionsetup.testing.ScriptedConsole console = new dev.notionsetup.testing.ScriptedConsole();
        Harness.Result run = new Harness(dir).console(console).run("--store", "vault");
        assertEquals(2, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("--store 'vault' is not a place"), run.stderr());
        assertTrue(console.prompts().isEmpty(), console.screen());
    }

    @Test
    void anUnknownStoreIsAUsageError() {
        Harness.Result run = new Harness(dir).stdin(TOKEN).run("--token-stdin", "--store", "vault");
        assertEquals(2, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("--store 'vault' is not a place"), run.stderr());
    }
}
