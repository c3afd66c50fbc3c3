package dev.notionsetup.credentials;

import static dev.notionsetup.credentials.RecordingRunner.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notionsetup.credentials.KeychainException.Kind;
import dev.notionsetup.token.Secret;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The commands secret-tool is given, and what its messages mean. The messages are the ones secret-tool 0.20.5
 * printed when each failure was really triggered (SecretServiceKeychainIT triggers them again against a real
 * gnome-keyring); here they also run where there is no secret-tool.
 */
class SecretServiceKeychainTest {
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin", "LANG", "de_DE.UTF-8",
            "DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus");
    private final RecordingRunner runner = new RecordingRunner();
    private final Keychain keychain = Keychains.forPlatform("Linux", ENV, runner);

    @Test
    void storesWithTheDocumentedAttributesAndTheSecretOnlyOnStdin() {
        runner.exits(0, "", "");
        keychain.store(new Profile("work"), Secret.of(TOKEN));

        ProcessRunner.Command command = runner.only();
        assertEquals(List.of("secret-tool", "store", "--label=notion-setup (work)", "service", "notion-setup",
                "account", "work"), command.argv());
        assertEquals(TOKEN, command.stdin().reveal());
        assertEquals(Duration.ofSeconds(3), command.timeout());
        runner.assertSecretOnlyOnStdin(TOKEN);
    }

    @Test
    void runsWithTheGivenEnvironmentAndEnglishMessages() {
        runner.exits(0, TOKEN, "");
        keychain.read(Profile.DEFAULT);
        Map<String, String> env = runner.only().environment();
        assertEquals("unix:path=/run/user/1000/bus", env.get("DBUS_SESSION_BUS_ADDRESS"));
        assertEquals("C", env.get("LC_ALL"));
    }

    @Test
    void readsByLookupAndClearsByClear() {
        runner.exits(0, TOKEN, "").exits(0, "", "");
        assertEquals(Optional.of(Secret.of(TOKEN)), keychain.read(Profile.DEFAULT));
        assertTrue(keychain.delete(Profile.DEFAULT));
        assertEquals(List.of("secret-tool", "lookup", "service", "notion-setup", "account", "default"),
                runner.commands.get(0).argv());
        assertEquals(List.of("secret-tool", "clear", "service", "notion-setup", "account", "default"),
                runner.commands.get(1).argv());
    }

    @Test
    void aQuietMissIsCheckedWithASearchBeforeItCountsAsAbsent() {
        runner.exits(1, "", "").exits(0, "", "");
        assertEquals(Optional.empty(), keychain.read(Profile.DEFAULT));
        assertEquals(List.of("secret-tool", "search", "service", "notion-setup", "account", "default"),
                runner.commands.get(1).argv());
    }

    @Test
    void aQuietMissWhoseEntryTheSearchListsIsALockedCollection() {
        runner.exits(1, "", "").exits(0, "[/1]\nlabel = \n", "secret-tool: Cannot get secret of a locked object\n");
        KeychainException locked = assertThrows(KeychainException.class, () -> keychain.read(Profile.DEFAULT));
        assertEquals(Kind.LOCKED, locked.kind());
    }

    @Test
    void aDeleteThatFoundNothingSaysSo() {
        runner.exits(1, "", "").exits(0, "", "");
        assertFalse(keychain.delete(Profile.DEFAULT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "secret-tool: Cannot autolaunch D-Bus without X11 $DISPLAY|NO_SESSION_BUS",
        "secret-tool: Error spawning command line “dbus-launch --autolaunch=3d12 --binary-syntax --close-stderr”:"
                + " Child process exited with code 1|NO_SESSION_BUS",
        "secret-tool: Could not connect: No such file or directory|NO_SESSION_BUS",
        "secret-tool: Address element “garbage” does not contain a colon (:)|NO_SESSION_BUS",
        "secret-tool: The name org.freedesktop.secrets was not provided by any .service files|NO_SECRET_SERVICE",
        "secret-tool: Cannot create an item in a locked collection|LOCKED",
        "secret-tool: Object does not exist at path “/org/freedesktop/secrets/collection/login”|LOCKED",
        "secret-tool: something new|FAILED"})
    void namesEachFailureSecretToolReports(String stderr, Kind kind) {
        runner.exits(1, "", stderr + "\n");
        KeychainException failed = assertThrows(KeychainException.class,
                () -> keychain.store(Profile.DEFAULT, Secret.of(TOKEN)));
        assertEquals(kind, failed.kind());
        assertFalse(failed.what().contains("\n") || failed.fix().contains("\n"));
    }

    @Test
    void aMissingSecretToolSaysWhichPackageToInstall() {
        runner.answer(new ProcessRunner.NotStarted("Cannot run program \"secret-tool\": error=2"));
        KeychainException missing = assertThrows(KeychainException.class, () -> keychain.read(Profile.DEFAULT));
        assertEquals(Kind.NOT_INSTALLED, missing.kind());
        assertTrue(missing.fix().contains("apt-get install libsecret-tools"), missing.fix());
    }

    @Test
    void anInterruptedWaitExits130() {
        runner.answer(new ProcessRunner.Interrupted());
        KeychainException stopped = assertThrows(KeychainException.class, () -> keychain.read(Profile.DEFAULT));
        assertEquals(Kind.INTERRUPTED, stopped.kind());
        assertEquals(130, stopped.exitCode().code());
    }
}
