package dev.notionsetup.credentials;

import static dev.notionsetup.credentials.RecordingRunner.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notionsetup.credentials.KeychainException.Kind;
import dev.notionsetup.token.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowsCredentialManagerTest {
    private static final String POWERSHELL = "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
    private final RecordingRunner runner = new RecordingRunner();
    private final Keychain keychain = Keychains.forPlatform("Windows 11",
            Map.of("SystemRoot", "C:\\Windows", "USERPROFILE", "C:\\Users\\someone"), runner);

    @Test
    void writesAGenericCredentialWithTheSecretOnlyOnStdin() {
        runner.exits(0, "", "");
        keychain.store(new Profile("work"), Secret.of(TOKEN));

        ProcessRunner.Command command = runner.only();
        assertEquals(List.of(POWERSHELL, "-NoProfile", "-NonInteractive", "-EncodedCommand"),
                command.argv().subList(0, 4));
        assertEquals(5, command.argv().size());
        String script = script(command);
        assertTrue(script.endsWith(
                "exit [NotionSetup.Credentials]::Write('notion-setup:work', 'work', [Console]::In.ReadToEnd())\n"),
                script);
        assertTrue(script.contains("EntryPoint = \"CredWriteW\""), script);
        assertEquals(TOKEN, command.stdin().reveal());
        assertFalse(script.contains(TOKEN.substring(4, 24)), "the secret is in the script");
        runner.assertSecretOnlyOnStdin(TOKEN);
    }

    @Test
    void readsTheCredentialByItsTarget() {
        runner.exits(0, TOKEN, "");
        assertEquals(Optional.of(Secret.of(TOKEN)), keychain.read(Profile.DEFAULT));
        assertTrue(script(runner.only()).endsWith("exit [NotionSetup.Credentials]::Read('notion-setup:default')\n"));
        assertEquals("", runner.only().stdin().reveal());
    }

    @Test
    void aCredentialThatIsNotThereIsAbsent() {
        runner.exits(1168, "", "").exits(1168, "", "");
        assertEquals(Optional.empty(), keychain.read(Profile.DEFAULT));
        assertFalse(keychain.delete(Profile.DEFAULT));
    }

    @Test
    void deletesTheCredentialAndSaysItWasThere() {
        runner.exits(0, "", "");
        assertTrue(keychain.delete(new Profile("ci")));
        assertTrue(script(runner.only()).endsWith("exit [NotionSetup.Credentials]::Delete('notion-setup:ci')\n"));
    }

    @Test
    void aWindowsErrorIsNamedByItsNumberWhenPowerShellSaidNothing() {
        runner.exits(5, "", "");
        KeychainException failed = assertThrows(KeychainException.class,
                () -> keychain.store(Profile.DEFAULT, Secret.of(TOKEN)));
        assertEquals(Kind.FAILED, failed.kind());
        assertEquals("Credential Manager failed: Windows error 5.", failed.what());
    }

    @Test
    void withoutSystemRootItFallsBackToPowerShellOnThePath() {
        RecordingRunner bare = new RecordingRunner().exits(1168, "", "");
        Keychains.forPlatform("Windows Server 2022", Map.of(), bare).read(Profile.DEFAULT);
        assertEquals("powershell.exe", bare.only().argv().get(0));
    }

    @Test
    void isGivenLongerThanTheOtherPlatformsToStartPowerShell() {
        runner.answer(new ProcessRunner.TimedOut());
        KeychainException late = assertThrows(KeychainException.class, () -> keychain.read(Profile.DEFAULT));
        assertEquals(Kind.TIMED_OUT, late.kind());
        assertEquals(Keychains.WINDOWS_TIMEOUT, runner.only().timeout());
    }

    private static String script(ProcessRunner.Command command) {
        return new String(Base64.getDecoder().decode(command.argv().get(4)), StandardCharsets.UTF_16LE);
    }
}
