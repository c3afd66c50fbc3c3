package dev.notionsetup.credentials;

import static dev.notionsetup.credentials.RecordingRunner.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notionsetup.ExitCode;
import dev.notionsetup.credentials.KeychainException.Kind;
import dev.notionsetup.token.Secret;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MacKeychainTest {
    private static final Map<String, String> ENV = Map.of("HOME", "/Users/someone", "PATH", "/usr/bin:/bin");
    private final RecordingRunner runner = new RecordingRunner();
    private final Keychain keychain = Keychains.forPlatform("Mac OS X", ENV, runner);

    @Test
    void storesThroughInteractiveModeWithTheSecretOnlyOnStdinThenReadsItBack() {
        runner.exits(0, "", "").exits(0, TOKEN + "\n", "");
        keychain.store(new Profile("work"), Secret.of(TOKEN));

        assertEquals(List.of("/usr/bin/security", "-i"), runner.commands.get(0).argv());
        assertEquals("add-generic-password -U -s notion-setup -a work -w " + TOKEN + "\n",
                runner.commands.get(0).stdin().reveal());
        assertEquals(List.of("/usr/bin/security", "find-generic-password", "-s", "notion-setup", "-a", "work", "-w"),
                runner.commands.get(1).argv());
        assertEquals(Duration.ofSeconds(3), runner.commands.get(0).timeout());
        runner.assertSecretOnlyOnStdin(TOKEN);
    }

    @Test
    void aWriteTheKeychainDidNotKeepIsAFailureNotASuccess() {
        runner.exits(0, "", "").exits(44, "",
                "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.\n");
        KeychainException failed = assertThrows(KeychainException.class,
                () -> keychain.store(Profile.DEFAULT, Secret.of(TOKEN)));
        assertEquals(Kind.FAILED, failed.kind());
        assertEquals("The login keychain did not keep the token.", failed.what());
        assertEquals(ExitCode.ENV_FILE, failed.exitCode());
    }

    @Test
    void refusesASecretThatInteractiveModeWouldHaveToQuoteWithoutRunningAnything() {
        KeychainException refused = assertThrows(KeychainException.class,
                () -> keychain.store(Profile.DEFAULT, Secret.of(TOKEN + " -w other")));
        assertEquals(Kind.FAILED, refused.kind());
        assertTrue(runner.commands.isEmpty());
    }

    @Test
    void readsThePasswordWithoutItsLineEnd() {
        runner.exits(0, TOKEN + "\n", "");
        assertEquals(Optional.of(Secret.of(TOKEN)), keychain.read(new Profile("work")));
        assertEquals(List.of("/usr/bin/security", "find-generic-password", "-s", "notion-setup", "-a", "work", "-w"),
                runner.only().argv());
        assertEquals("", runner.only().stdin().reveal());
    }

    @Test
    void anEntryThatCouldNotBeFoundIsAbsent() {
        runner.exits(44, "", "security: SecKeychainSearchCopyNext: The specified item could not be found in the"
                + " keychain.\n");
        assertEquals(Optional.empty(), keychain.read(Profile.DEFAULT));
    }

    @Test
    void aLockedKeychainThatCannotPromptSaysHowToUnlockIt() {
        runner.exits(36, "", "security: SecKeychainItemCopyContent: User interaction is not allowed.\n");
        KeychainException locked = assertThrows(KeychainException.class, () -> keychain.read(Profile.DEFAULT));
        assertEquals(Kind.LOCKED, locked.kind());
        assertTrue(locked.fix().startsWith("Unlock it first: security unlock-keychain login.keychain"), locked.fix());
    }

    @Test
    void deletesTheGenericPasswordAndSaysWhetherThereWasOne() {
        runner.exits(0, "", "").exits(44, "", "The specified item could not be found in the keychain.");
        assertTrue(keychain.delete(new Profile("work")));
        assertFalse(keychain.delete(new Profile("work")));
        assertEquals(List.of("/usr/bin/security", "delete-generic-password", "-s", "notion-setup", "-a", "work"),
                runner.commands.get(0).argv());
    }

    @Test
    void aKeychainThatDoesNotAnswerIsAnsweredForWithinTheBound() {
        runner.answer(new ProcessRunner.TimedOut());
        KeychainException late = assertThrows(KeychainException.class, () -> keychain.read(Profile.DEFAULT));
        assertEquals(Kind.TIMED_OUT, late.kind());
        assertEquals("The login keychain did not answer within 3 seconds; security was stopped.", late.what());
    }

    @Test
    void quotesAnUnknownFailureOnOneSafeLine() {
        runner.exits(1, "", "security: \u001b[31mSomething odd\u001b[0m happened\nsecond line\n");
        KeychainException failed = assertThrows(KeychainException.class, () -> keychain.delete(Profile.DEFAULT));
        assertTrue(failed.what().startsWith("security failed: security: "), failed.what());
        assertTrue(failed.what().endsWith("Something odd happened."), failed.what());
        assertFalse(failed.what().contains("\u001b") || failed.what().contains("second line"), failed.what());
    }
}
