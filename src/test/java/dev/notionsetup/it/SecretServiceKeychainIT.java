package dev.notionsetup.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notionsetup.credentials.Keychain;
import dev.notionsetup.credentials.KeychainException;
import dev.notionsetup.credentials.KeychainException.Kind;
import dev.notionsetup.credentials.Keychains;
import dev.notionsetup.credentials.Profile;
import dev.notionsetup.credentials.SecretServiceKeychain;
import dev.notionsetup.credentials.SystemProcessRunner;
import dev.notionsetup.token.Secret;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Secret Service backend against a real gnome-keyring on a private D-Bus session, including the
 * failures people meet on headless machines, each triggered for real rather than imitated.
 */
@EnabledOnOs(value = {OS.LINUX, OS.FREEBSD, OS.OPENBSD}, disabledReason = "the freedesktop Secret Service")
@Timeout(120) // a safety net only: every call is bounded by the backend itself
class SecretServiceKeychainIT {
    private static final Secret TOKEN = Secret.of("ntn_" + "test".repeat(10) + "ringWXYZ");
    private static final Secret OTHER = Secret.of("ntn_" + "othr".repeat(10) + "ringABCD");
    private static final Profile WORK = new Profile("work");

    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        PrivateSecretService.requireTools();
    }

    private static Keychain keychainOn(Map<String, String> environment) {
        return new SecretServiceKeychain(new SystemProcessRunner(), environment, Keychains.TIMEOUT);
    }

    /** The keychain on the service, with TOKEN stored for the default profile. */
    private static Keychain holdingTheToken(PrivateSecretService service) {
        Keychain keychain = keychainOn(service.clientEnvironment());
        keychain.store(Profile.DEFAULT, TOKEN);
        return keychain;
    }

    @Test
    void storesReadsAndDeletesAToken() throws Exception {
        try (PrivateSecretService service = PrivateSecretService.unlockedKeyring(dir)) {
            Keychain keychain = keychainOn(service.clientEnvironment());
            assertEquals(Optional.empty(), keychain.read(Profile.DEFAULT));

            keychain.store(Profile.DEFAULT, TOKEN);
            assertEquals(Optional.of(TOKEN), keychain.read(Profile.DEFAULT));

            assertTrue(keychain.delete(Profile.DEFAULT));
            assertEquals(Optional.empty(), keychain.read(Profile.DEFAULT));
            assertFalse(keychain.delete(Profile.DEFAULT));
        }
    }

    @Test
    void twoProfilesAreKeptApart() throws Exception {
        try (PrivateSecretService service = PrivateSecretService.unlockedKeyring(dir)) {
            Keychain keychain = holdingTheToken(service);
            keychain.store(WORK, OTHER);

            assertEquals(Optional.of(TOKEN), keychain.read(Profile.DEFAULT));
            assertEquals(Optional.of(OTHER), keychain.read(WORK));
            assertTrue(keychain.delete(WORK));
            assertEquals(Optional.of(TOKEN), keychain.read(Profile.DEFAULT));
        }
    }

    @Test
    void storingAgainReplacesTheTokenRatherThanAddingASecondEntry() throws Exception {
        try (PrivateSecretService service = PrivateSecretService.unlockedKeyring(dir)) {
            Keychain keychain = holdingTheToken(service);
            keychain.store(Profile.DEFAULT, OTHER);

            assertEquals(Optional.of(OTHER), keychain.read(Profile.DEFAULT));
            String listed = service.secretTool("search", "--all", "service", "notion-setup").output();
            assertEquals(1, Pattern.compile("(?m)^\\[/").matcher(listed).results().count(), listed);
        }
    }

    @Test
    void theEntryIsTheOneTheDocsTellPeopleToLookUp() throws Exception {
        try (PrivateSecretService service = PrivateSecretService.unlockedKeyring(dir)) {
            holdingTheToken(service);

            PrivateSecretService.Result lookup = service.secretTool("lookup", "service", "notion-setup", "account",
                    "default");
            assertEquals(0, lookup.exitCode());
            assertEquals(TOKEN.reveal(), lookup.output());
            String listed = service.secretTool("search", "service", "notion-setup", "account", "default").output();
            assertTrue(listed.contains("label = notion-setup (default)"), listed);
        }
    }

    @Test
    void aLockedCollectionIsSaidToBeLockedNeverTakenForAnEmptyOne() throws Exception {
        try (PrivateSecretService service = PrivateSecretService.unlockedKeyring(dir)) {
            Keychain keychain = holdingTheToken(service);
            service.lock();

            for (Runnable call : new Runnable[] {() -> keychain.read(Profile.DEFAULT),
                () -> keychain.delete(Profile.DEFAULT), () -> keychain.store(Profile.DEFAULT, OTHER)}) {
                KeychainException locked = assertThrows(KeychainException.class, call::run);
                assertEquals(Kind.LOCKED, locked.kind());
                assertEquals("The keyring is locked (or there is none yet), and there is no desktop to ask for its"
                        + " password.", locked.what());
                assertEquals(5, locked.exitCode().code());
            }
        }
    }

    @Test
    void aKeyringThatWasNeverCreatedCannotBeWrittenWithoutADesktop() throws Exception {
        try (PrivateSecretService service = PrivateSecretService.bus(dir).withKeyring(false)) {
            Keychain keychain = keychainOn(service.clientEnvironment());
            KeychainException none = assertThrows(KeychainException.class,
                    () -> keychain.store(Profile.DEFAULT, TOKEN));
            assertEquals(Kind.LOCKED, none.kind());
            assertEquals(Optional.empty(), keychain.read(Profile.DEFAULT));
        }
    }

    @Test
    void aBusWithoutASecretServiceSaysWhatToInstall() throws Exception {
        try (PrivateSecretService service = PrivateSecretService.bus(dir)) {
            Keychain keychain = keychainOn(service.clientEnvironment());
            KeychainException none = assertThrows(KeychainException.class, () -> keychain.read(Profile.DEFAULT));
            assertEquals(Kind.NO_SECRET_SERVICE, none.kind());
            assertEquals("No Secret Service is running on this session's D-Bus (org.freedesktop.secrets is not"
                    + " provided).", none.what());
            assertEquals(Kind.NO_SECRET_SERVICE,
                    assertThrows(KeychainException.class, () -> keychain.store(Profile.DEFAULT, TOKEN)).kind());
        }
    }

    @Test
    void noDBusSessionAtAllIsSaidPlainly() {
        Keychain keychain = keychainOn(Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")));
        KeychainException none = assertThrows(KeychainException.class, () -> keychain.store(Profile.DEFAULT, TOKEN));
        assertEquals(Kind.NO_SESSION_BUS, none.kind());
        assertTrue(none.what().startsWith("There is no D-Bus session here (DBUS_SESSION_BUS_ADDRESS is not set)"),
                none.what());
        assertTrue(none.fix().startsWith("Run inside one (dbus-run-session -- $SHELL"), none.fix());
    }

    @Test
    void aBusAddressNothingListensOnIsSaidPlainly() {
        Keychain keychain = keychainOn(Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("gone")));
        KeychainException gone = assertThrows(KeychainException.class, () -> keychain.read(Profile.DEFAULT));
        assertEquals(Kind.NO_SESSION_BUS, gone.kind());
        assertTrue(gone.what().startsWith("The D-Bus session in DBUS_SESSION_BUS_ADDRESS cannot be reached"),
                gone.what());
    }

    @Test
    void aSecretServiceThatNeverAnswersIsGivenUpOnWithinTheBound() throws Exception {
        try (PrivateSecretService service = PrivateSecretService.unlockedKeyring(dir)) {
            Keychain keychain = holdingTheToken(service);
            service.freeze();

            KeychainException late = assertThrows(KeychainException.class, () -> keychain.read(Profile.DEFAULT));
            assertEquals(Kind.TIMED_OUT, late.kind());
            assertEquals("The Secret Service did not answer within 3 seconds; secret-tool was stopped.", late.what());
        }
    }
}
