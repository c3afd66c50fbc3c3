package dev.notionsetup.run;

import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `notion-setup run` in-process: what the command is started with, and what the tool says (nothing, mostly). */
class RunCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN);

    private final List<List<String>> started = new ArrayList<>();
    private final Map<String, String> childEnvironment = new HashMap<>();

    private Harness harness(int status) {
        return new Harness(dir).children((argv, environment, directory) -> {
            started.add(argv);
            childEnvironment.putAll(environment);
            return status;
        });
    }

    @Test
    void theCommandGetsTheTokenAndTheSavedIdsInItsEnvironmentNeverInItsArgumentsAndNothingIsPrinted()
            throws Exception {
        Files.writeString(dir.resolve(".env"), "NOTION_API_KEY=" + TOKEN + "\nNOTION_DATABASE_ID=db1\n"
                + "NOTION_DATA_SOURCE_ID=ds1\n");
        Harness.Result run = harness(0).run("run", "--", "sh", "-c", "echo ${NOTION_API_KEY:+set}", "--json");

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(List.of(List.of("sh", "-c", "echo ${NOTION_API_KEY:+set}", "--json")), started);
        assertEquals(TOKEN, childEnvironment.get("NOTION_API_KEY"));
        assertEquals("db1", childEnvironment.get("NOTION_DATABASE_ID"));
        assertEquals("ds1", childEnvironment.get("NOTION_DATA_SOURCE_ID"));
        assertEquals("TERM=xterm-256color", "TERM=" + childEnvironment.get("TERM"), "the rest is inherited");
        assertTrue(started.get(0).stream().noneMatch(arg -> arg.contains(TOKEN)));
        assertEquals("", run.everything().strip(), "nothing printed on success");
        assertEquals(0, fake.requests.size(), "no request without --check");
    }

    @Test
    void theCommandsExitStatusIsTheRunsAndOptionsAfterItAreItsOwn() {
        Harness harness = harness(7);
        harness.keychain.with("default", TOKEN);
        Harness.Result run = harness.run("run", "--var", "NOTION_TOKEN", "npm", "test", "--profile", "x");

        assertEquals(7, run.exitCode(), run.stderr());
        assertEquals(List.of(List.of("npm", "test", "--profile", "x")), started);
        assertEquals(TOKEN, childEnvironment.get("NOTION_TOKEN"));
    }

    @Test
    void noTokenAnywhereIsAUsageErrorThatSaysToRunTheWizardAndStartsNothing() {
        Harness.Result run = harness(0).run("run", "--", "true");

        assertEquals(2, run.exitCode());
        assertEquals("Error: No token for profile default: none in the environment, in the keychain, or in .env.\n"
                + "Run notion-setup (the wizard) to create and save one, or pass --profile or --env-file naming where"
                + " it is saved.\n", run.stderr());
        assertTrue(started.isEmpty());
    }

    @Test
    void noCommandIsAUsageError() {
        Harness harness = harness(0).env("NOTION_API_KEY", TOKEN);
        Harness.Result run = harness.run("run");

        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().startsWith("Error: No command to run was given."), run.stderr());
    }

    @Test
    void aCommandThatCannotBeFoundIsOneLineAndItsFixWithTheShellsStatus() {
        Harness harness = new Harness(dir).env("NOTION_API_KEY", TOKEN).children((argv, environment, directory) -> {
            throw new ChildLauncher.NotStarted(false);
        });
        Harness.Result run = harness.run("run", "--", "no-such-command");

        assertEquals(127, run.exitCode());
        assertEquals(List.of("Error: no-such-command: command not found.",
                "Check its name and your PATH, or give its full path (notion-setup run -- ./no-such-command)."),
                run.stderr().lines().toList());
        assertFalse(run.everything().contains(TOKEN));
    }

    @Test
    void checkStopsBeforeStartingWhenNotionRejectsTheToken() {
        Harness.Result run = harness(0).env("NOTION_API_KEY", OTHER_TOKEN)
                .run("run", "--check", "--api-url", fake.url(), "--", "true");

        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(started.isEmpty());
        assertTrue(run.stderr().contains("The command was not started."), run.stderr());
        assertFalse(run.everything().contains(OTHER_TOKEN));

        Harness.Result works = harness(0).env("NOTION_API_KEY", TOKEN)
                .run("run", "--check", "--api-url", fake.url(), "--", "true");
        assertEquals(0, works.exitCode(), works.stderr());
        assertEquals(1, started.size());
    }
}
