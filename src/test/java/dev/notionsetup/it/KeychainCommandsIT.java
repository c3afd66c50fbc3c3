package dev.notionsetup.it;

import dev.notionsetup.testing.FakeNotion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commands that keep and use the token in the keychain, through the real jar, against a real
 * gnome-keyring on a private D-Bus session: store, read, run, status, logout, two profiles, and a machine with
 * no D-Bus at all.
 */
@EnabledOnOs(value = {OS.LINUX, OS.FREEBSD, OS.OPENBSD}, disabledReason = "the freedesktop Secret Service")
@Timeout(300) // a safety net only: every keychain call and every jar run is bounded
class KeychainCommandsIT {
    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).accept(OTHER_TOKEN);
    private Path work;

    @BeforeAll
    static void tools() {
        PrivateSecretService.requireTools();
    }

    @BeforeEach
    void folders() throws Exception {
        work = Files.createDirectories(dir.resolve("work"));
    }

    private JarProcess jar(PrivateSecretService service) {
        JarProcess jar = new JarProcess(work);
        service.clientEnvironment().forEach(jar::env);
        return jar;
    }

    private String api() {
        return "http://127.0.0.1:" + fake.server().getPort();
    }

    @Test
    void storeKeychainThenValidateRunStatusAndLogoutAllUseTheEntry() throws Exception {
        try (PrivateSecretService service = PrivateSecretService.unlockedKeyring(Files.createDirectories(
                dir.resolve("ring")))) {
            JarProcess.Result stored = jar(service).stdin(TOKEN)
                    .run("--token-stdin", "--store", "keychain", "--api-url", api());
            assertEquals(0, stored.exitCode(), stored.shown());
            assertFalse(Files.exists(work.resolve(".env")), "the token never went to the env file");
            PrivateSecretService.Result lookup = service.secretTool("lookup", "service", "notion-setup", "account",
                    "default");
            assertEquals(TOKEN, lookup.output(), "readable as docs/credentials.md says");

            JarProcess.Result validate = jar(service).run("validate", "--api-url", api());
            assertEquals(0, validate.exitCode(), validate.shown());
            assertTrue(validate.stderr().contains("from the keychain (profile default)"), validate.shown());

            JarProcess.Result run = jar(service).run("run", "--", "sh", "-c", "echo ${NOTION_API_KEY:+set}");
            assertEquals(0, run.exitCode(), run.shown());
            assertEquals("set\n", run.stdout());
            assertEquals("", run.stderr(), "nothing printed on success");

            JarProcess.Result status = jar(service).run("status", "--api-url", api());
            assertEquals(0, status.exitCode(), status.shown());
            assertTrue(status.stderr().contains("the Secret Service entry service=notion-setup account=default: ntn_"
                    + "\u2026wxyz (used)"), status.shown());
            JarProcess.Result json = jar(service).run("status", "--json", "--api-url", api());
            assertEquals(0, json.exitCode(), json.shown());
            assertTrue(json.stdout().contains("\"source\":\"keychain\",\"variable\":null"), json.stdout());

            JarProcess.Result logout = jar(service).run("logout", "--yes", "--api-url", api());
            assertEquals(0, logout.exitCode(), logout.shown());
            assertTrue(logout.stderr().contains("https://www.notion.so/profile/integrations/internal"), logout.shown());
            assertEquals(1, service.secretTool("lookup", "service", "notion-setup", "account", "default").exitCode());
            JarProcess.Result again = jar(service).run("logout", "--yes");
            assertEquals(0, again.exitCode(), again.shown());
            assertTrue(again.stderr().contains("Nothing is stored for profile default"), again.shown());

            for (JarProcess.Result result : List.of(stored, validate, run, status, json, logout)) {
                result.assertNoLeakOf(TOKEN);
            }
        }
    }

    @Test
    void twoProfilesKeepTwoTokensApart() throws Exception {
        try (PrivateSecretService service = PrivateSecretService.unlockedKeyring(Files.createDirectories(
                dir.resolve("ring")))) {
            assertEquals(0, jar(service).stdin(TOKEN).run("--token-stdin", "--store", "keychain", "--api-url", api())
                    .exitCode());
            assertEquals(0, jar(service).env("NOTION_SETUP_PROFILE", "work").stdin(OTHER_TOKEN)
                    .run("--token-stdin", "--store", "keychain", "--api-url", api()).exitCode());

            String check = "test \"$NOTION_API_KEY\" = \"$EXPECTED\" && echo same";
            assertEquals("same\n", jar(service).env("EXPECTED", TOKEN).run("run", "--", "sh", "-c", check).stdout());
            assertEquals("same\n", jar(service).env("EXPECTED", OTHER_TOKEN)
                    .run("run", "--profile", "work", "--", "sh", "-c", check).stdout());

            assertEquals(0, jar(service).run("logout", "--profile", "work", "--yes", "--offline").exitCode());
            assertEquals(TOKEN, service.secretTool("lookup", "service", "notion-setup", "account", "default").output());
            JarProcess.Result gone = jar(service).run("run", "--profile", "work", "--", "true");
            assertEquals(2, gone.exitCode(), gone.shown());
        }
    }

    @Test
    void withNoDbusAtAllTheEnvFileStillWorksAndStoreKeychainFailsWritingNothing() throws Exception {
        Files.writeString(work.resolve(".env"), "NOTION_API_KEY=" + TOKEN + "\n");
        Files.setPosixFilePermissions(work.resolve(".env"), java.nio.file.attribute.PosixFilePermissions
                .fromString("rw-------"));
        JarProcess.Result validate = new JarProcess(work).run("validate", "--api-url", api());
        assertEquals(0, validate.exitCode(), validate.shown());
        assertFalse(validate.stderr().contains("keychain"), validate.shown());

        JarProcess.Result verbose = new JarProcess(work).run("validate", "-v", "--api-url", api());
        assertTrue(verbose.stderr().contains("Not read from the keychain: There is no D-Bus session here"),
                verbose.shown());

        JarProcess.Result store = new JarProcess(work).stdin(OTHER_TOKEN)
                .run("--token-stdin", "--store", "keychain", "--yes", "--api-url", api());
        assertEquals(5, store.exitCode(), store.shown());
        assertTrue(store.stderr().startsWith("Error: There is no D-Bus session here"), store.shown());
        assertEquals("NOTION_API_KEY=" + TOKEN + "\n", Files.readString(work.resolve(".env")), "nothing written");
        store.assertNoLeakOf(OTHER_TOKEN);
    }

    @Test
    void runPassesStdinThroughAndReportsASignalDeathAs128PlusN() throws Exception {
        JarProcess.Result cat = new JarProcess(work).env("NOTION_API_KEY", TOKEN).stdin("piped in\n")
                .run("run", "--", "cat");
        assertEquals(0, cat.exitCode(), cat.shown());
        assertEquals("piped in\n", cat.stdout());

        JarProcess.Result killed = new JarProcess(work).env("NOTION_API_KEY", TOKEN)
                .run("run", "--", "sh", "-c", "kill -TERM $$");
        assertEquals(143, killed.exitCode(), killed.shown());

        JarProcess.Result missing = new JarProcess(work).env("NOTION_API_KEY", TOKEN)
                .run("run", "--", "no-such-command-here");
        assertEquals(127, missing.exitCode(), missing.shown());
        assertEquals(2, missing.stderrLines().size(), missing.shown());
    }

    @Test
    void sigtermToTheToolReachesTheCommandAndItsStatusIsTheRuns() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JarProcess.jar().toString(), "run", "--", "sh", "-c",
                "trap 'echo got TERM; exit 7' TERM; echo $$; while :; do sleep 1; done"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("NOTION_API_KEY", TOKEN);
        Process tool = builder.start();
        tool.getOutputStream().close();
        BufferedReader out = new BufferedReader(new InputStreamReader(tool.getInputStream(), StandardCharsets.UTF_8));
        long child = Long.parseLong(out.readLine());
        try {
            // SIGTERM to the JVM only, as a supervisor sends it (Process.destroy would also close our end of stdout).
            assertTrue(tool.toHandle().destroy());
            assertTrue(tool.waitFor(JarProcess.LIMIT.toSeconds(), TimeUnit.SECONDS), "the tool did not end");
            assertEquals(Optional.empty(), ProcessHandle.of(child).filter(ProcessHandle::isAlive),
                    "the command was left running");
            assertEquals("got TERM", out.readLine(), "the command got the signal and ran its handler");
        } finally {
            ProcessHandle.of(child).ifPresent(ProcessHandle::destroyForcibly);
        }
        assertEquals(7, tool.exitValue(), "the command's status, not the JVM's 143");
    }
}
