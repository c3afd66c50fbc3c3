package dev.notionsetup.validate;

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

/** The one reading order, through validate: the environment, the profile's keychain entry, the env file. */
class ReadingOrderTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN);

    private Harness.Result validate(Harness harness, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "validate";
        all[1] = "--api-url";
        all[2] = fake.url();
        System.arraycopy(args, 0, all, 3, args.length);
        return harness.run(all);
    }

    @Test
    void aTokenInTheEnvironmentMeansTheKeychainIsNeverAsked() {
        Harness harness = new Harness(dir).env("NOTION_API_KEY", TOKEN);
        harness.keychain.with("default", OTHER_TOKEN);
        Harness.Result run = validate(harness);

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(0, harness.keychain.calls, "the keychain is asked only when no earlier place gave a token");
    }

    @Test
    void theKeychainWinsOverTheEnvFileAndIsNamedAsTheSource() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + OTHER_TOKEN + "\n");
        Harness harness = new Harness(dir);
        harness.keychain.with("default", TOKEN);
        Harness.Result run = validate(harness, "--json");

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("from the keychain (profile default)"), run.stderr());
        assertTrue(run.stdout().startsWith("{\"ok\":true,\"source\":\"keychain\",\"variable\":null"),
                run.stdout());
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void noKeychainOnTheMachineIsNoEntryAndOnlyVerboseSaysWhy() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + TOKEN + "\n");
        Harness quiet = new Harness(dir).keychain(new FakeKeychain().failing(Kind.NO_SESSION_BUS));
        Harness.Result run = validate(quiet);
        assertEquals(0, run.exitCode(), run.stderr());
        assertFalse(run.stderr().contains("keychain"), run.stderr());

        Harness verbose = new Harness(dir).keychain(new FakeKeychain().failing(Kind.NOT_INSTALLED));
        Harness.Result told = validate(verbose, "-v");
        assertEquals(0, told.exitCode(), told.stderr());
        assertTrue(told.stderr().contains("Not read from the keychain: The keychain failed (NOT_INSTALLED)."),
                told.stderr());
    }

    @Test
    void aLockedKeychainIsAnErrorWithItsFixNotASilentFallThrough() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + TOKEN + "\n");
        Harness harness = new Harness(dir).keychain(new FakeKeychain().failing(Kind.LOCKED));
        Harness.Result run = validate(harness, "--json");

        assertEquals(5, run.exitCode(), run.stderr());
        assertEquals("Error: The keychain failed (LOCKED).\nFix the keychain.\n", run.stderr());
        assertTrue(run.stdout().contains("\"kind\":\"keychain\""), run.stdout());
        assertEquals(0, fake.requests.size(), "nothing asked of Notion");
    }

    @Test
    void aProfileReadsItsOwnKeychainEntryAndItsOwnEnvFile() throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + OTHER_TOKEN + "\n");
        Files.writeString(dir.resolve(".env.work"), "NOTION_API_KEY=" + TOKEN + "\n");
        Harness harness = new Harness(dir).env("NOTION_SETUP_PROFILE", "work");
        harness.keychain.with("default", OTHER_TOKEN);
        Harness.Result run = validate(harness);

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("from .env.work"), run.stderr());

        Harness.Result option = validate(new Harness(dir).env("NOTION_SETUP_PROFILE", "work"), "--profile", "nobody");
        assertEquals(2, option.exitCode(), "--profile wins over NOTION_SETUP_PROFILE: " + option.stderr());
        assertTrue(option.stderr().contains("no NOTION_API_KEY in .env.nobody"), option.stderr());
    }

    @Test
    void aProfileNameThatCouldBeAPathIsRefused() {
        Harness.Result run = validate(new Harness(dir), "--profile", "../x");

        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("The profile name '../x' is not allowed."), run.stderr());
    }
}
