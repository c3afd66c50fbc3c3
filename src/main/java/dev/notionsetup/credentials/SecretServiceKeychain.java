package dev.notionsetup.credentials;

import dev.notionsetup.credentials.KeychainException.Kind;
import dev.notionsetup.credentials.ProcessRunner.Finished;
import dev.notionsetup.token.Secret;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The freedesktop Secret Service (gnome-keyring, KeePassXC, KWallet's bridge) through libsecret's
 * {@code secret-tool}: an entry with the attributes service=notion-setup and account=PROFILE, the same one
 * {@code secret-tool lookup service notion-setup account PROFILE} reads. A short-lived program rather than a
 * D-Bus library: nothing is loaded into the JVM for commands that never touch the keychain, and the program
 * can be killed when the service does not answer.
 */
public final class SecretServiceKeychain implements Keychain {
    static final String PROGRAM = "secret-tool";
    private static final String BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS";

    private final Programs programs;

    /**
     * @param environment the environment the program runs with (this process's, in production): it carries
     *                    the session bus address
     * @param timeout     how long one call may take before the program is killed
     */
    public SecretServiceKeychain(ProcessRunner runner, Map<String, String> environment, Duration timeout) {
        this.programs = new Programs(runner, Programs.plainMessages(environment), timeout);
    }

    @Override
    public Optional<Secret> read(Profile profile) {
        Finished lookup = run(command("lookup", profile), Secret.none());
        if (lookup.exitCode() == 0) {
            return Optional.of(Secret.of(Programs.withoutLineEnd(lookup.stdout().reveal())));
        }
        if (quietMiss(lookup)) {
            refuseIfLocked(profile);
            return Optional.empty();
        }
        throw failure(lookup.stderr(), profile);
    }

    @Override
    public void store(Profile profile, Secret secret) {
        List<String> store = new ArrayList<>(List.of(PROGRAM, "store", "--label=notion-setup (" + profile + ")"));
        store.addAll(attributes(profile));
        Finished done = run(store, secret);
        if (done.exitCode() != 0) {
            throw failure(done.stderr(), profile);
        }
    }

    @Override
    public boolean delete(Profile profile) {
        Finished clear = run(command("clear", profile), Secret.none());
        if (clear.exitCode() == 0) {
            return true;
        }
        if (quietMiss(clear)) {
            refuseIfLocked(profile);
            return false;
        }
        throw failure(clear.stderr(), profile);
    }

    @Override
    public String describe(Profile profile) {
        return "the Secret Service entry service=notion-setup account=" + profile;
    }

    /**
     * secret-tool says nothing and exits 1 both when there is no entry and when the entry sits in a locked
     * collection (libsecret cannot show the unlock prompt without a desktop, and treats that as "not found").
     * A search lists locked entries without their secrets, so one that lists an entry here means locked.
     */
    private void refuseIfLocked(Profile profile) {
        Finished search = run(command("search", profile), Secret.none());
        if (search.exitCode() != 0) {
            throw failure(search.stderr(), profile);
        }
        if (!search.stdout().isEmpty()) {
            throw locked();
        }
    }

    private static boolean quietMiss(Finished finished) {
        return finished.exitCode() == 1 && finished.stderr().isBlank();
    }

    private static List<String> command(String action, Profile profile) {
        List<String> command = new ArrayList<>(List.of(PROGRAM, action));
        command.addAll(attributes(profile));
        return command;
    }

    private static List<String> attributes(Profile profile) {
        return List.of("service", "notion-setup", "account", profile.name());
    }

    private Finished run(List<String> argv, Secret stdin) {
        return programs.run(argv, stdin,
                () -> new KeychainException(Kind.NOT_INSTALLED,
                        "secret-tool is not installed, so the Secret Service cannot be reached.",
                        "Install it (Debian, Ubuntu: sudo apt-get install libsecret-tools; Fedora, Arch: libsecret),"
                                + Programs.OR_ENV_FILE),
                () -> new KeychainException(Kind.TIMED_OUT,
                        "The Secret Service did not answer within " + programs.seconds()
                                + "; secret-tool was stopped.",
                        "It may be hung or waiting on a prompt no one can see: restart it (log out and in, or restart"
                                + " gnome-keyring-daemon)," + Programs.OR_ENV_FILE));
    }

    /** secret-tool's messages, as it prints them with LC_ALL=C; anything else is quoted. */
    private KeychainException failure(String stderr, Profile profile) {
        if (stderr.contains("was not provided by any .service files")) {
            return new KeychainException(Kind.NO_SECRET_SERVICE,
                    "No Secret Service is running on this session's D-Bus (org.freedesktop.secrets is not provided).",
                    "Install and start one (gnome-keyring, or KeePassXC with its Secret Service integration),"
                            + Programs.OR_ENV_FILE);
        }
        if (stderr.contains("autolaunch") || stderr.contains("dbus-launch")) {
            return new KeychainException(Kind.NO_SESSION_BUS,
                    "There is no D-Bus session here (" + BUS_VARIABLE + " is not set), so no Secret Service"
                            + " either; usual over SSH, in containers and in WSL.",
                    "Run inside one (dbus-run-session -- $SHELL, then start gnome-keyring-daemon --unlock),"
                            + Programs.OR_ENV_FILE);
        }
        if (stderr.contains("Could not connect") || stderr.contains("Address element")
                || stderr.contains("address")) {
            return new KeychainException(Kind.NO_SESSION_BUS,
                    "The D-Bus session in " + BUS_VARIABLE + " cannot be reached (its bus has gone away, or the"
                            + " address is wrong).",
                    "Start a new session (log in again, or dbus-run-session -- $SHELL)," + Programs.OR_ENV_FILE);
        }
        if (stderr.contains("locked") || stderr.contains("/org/freedesktop/secrets/collection/")) {
            return locked();
        }
        return new KeychainException(Kind.FAILED,
                "secret-tool failed: " + Programs.firstLine(stderr, "it exited with no message") + ".",
                "Try secret-tool lookup service notion-setup account " + profile + " to see more,"
                        + Programs.OR_ENV_FILE);
    }

    private static KeychainException locked() {
        return new KeychainException(Kind.LOCKED,
                "The keyring is locked (or there is none yet), and there is no desktop to ask for its password.",
                "Log in to the desktop session, or restart gnome-keyring-daemon with --unlock and the password on"
                        + " stdin (docs/credentials.md, Headless)," + Programs.OR_ENV_FILE);
    }
}
