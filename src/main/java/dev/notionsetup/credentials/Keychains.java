package dev.notionsetup.credentials;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** The keychain of the platform this runs on. Nothing here starts a program until a keychain call is made. */
public final class Keychains {
    /**
     * The bound on one call: a keychain answers at once or is waiting on something that will not come (a
     * prompt no one sees, a hung service), and a command must not wait for that.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);
    /**
     * Windows' calls start Windows PowerShell and compile the Credential Manager declarations each time,
     * which takes far longer than the other platforms' programs before any keychain work starts.
     */
    public static final Duration WINDOWS_TIMEOUT = Duration.ofSeconds(10);

    private Keychains() {
    }

    /**
     * @param osName      the {@code os.name} system property
     * @param environment the environment keychain programs run with (this process's, in production)
     */
    public static Keychain forPlatform(String osName, Map<String, String> environment, ProcessRunner runner) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("mac") || name.contains("darwin")) {
            return new MacKeychain(runner, environment, TIMEOUT);
        }
        if (name.startsWith("windows")) {
            return new WindowsCredentialManager(runner, environment, WINDOWS_TIMEOUT);
        }
        // Linux, the BSDs and other Unix-likes: the freedesktop Secret Service.
        return new SecretServiceKeychain(runner, environment, TIMEOUT);
    }

    /** This machine's keychain, as production uses it. */
    public static Keychain system() {
        return forPlatform(System.getProperty("os.name"), System.getenv(), new SystemProcessRunner());
    }
}
