package dev.notionsetup.credentials;

import dev.notionsetup.credentials.KeychainException.Kind;
import dev.notionsetup.credentials.ProcessRunner.Finished;
import dev.notionsetup.token.Secret;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * macOS: a generic password in the login keychain, service notion-setup, account PROFILE, through
 * {@code /usr/bin/security}. Writing with {@code add-generic-password -w SECRET} would put the secret in the
 * process list, so the command is given to {@code security -i} on stdin instead; the entry is read back
 * afterwards, so a write that did not happen is never reported as done whatever interactive mode's exit
 * status says.
 */
public final class MacKeychain implements Keychain {
    static final String PROGRAM = "/usr/bin/security";
    /** security's status for errSecItemNotFound. */
    static final int NOT_FOUND = 44;
    /**
     * What can sit unquoted in a command line of {@code security -i}, which has its own quoting rules: every
     * Notion token does. Anything else is refused rather than quoted by guesswork.
     */
    private static final Pattern UNQUOTED = Pattern.compile("[A-Za-z0-9._-]+");

    private final Programs programs;

    public MacKeychain(ProcessRunner runner, Map<String, String> environment, Duration timeout) {
        this.programs = new Programs(runner, Programs.plainMessages(environment), timeout);
    }

    @Override
    public Optional<Secret> read(Profile profile) {
        Finished found = run(List.of(PROGRAM, "find-generic-password", "-s", "notion-setup", "-a", profile.name(),
                "-w"), Secret.none());
        if (found.exitCode() == 0) {
            return Optional.of(Secret.of(Programs.withoutLineEnd(found.stdout().reveal())));
        }
        if (notFound(found)) {
            return Optional.empty();
        }
        throw failure(found.stderr());
    }

    @Override
    public void store(Profile profile, Secret secret) {
        if (!UNQUOTED.matcher(secret.reveal()).matches()) {
            throw new KeychainException(Kind.FAILED,
                    "The token holds characters the macOS keychain command cannot be given safely.",
                    "Check that it is the secret Notion showed (letters, digits and '_'),"
                            + Programs.OR_ENV_FILE);
        }
        Finished added = run(List.of(PROGRAM, "-i"), Secret.of("add-generic-password -U -s notion-setup -a "
                + profile.name() + " -w " + secret.reveal() + "\n"));
        if (added.exitCode() != 0) {
            throw failure(added.stderr());
        }
        if (!read(profile).equals(Optional.of(secret))) {
            throw added.stderr().isBlank()
                    ? new KeychainException(Kind.FAILED, "The login keychain did not keep the token.",
                            "Open Keychain Access and check the login keychain is unlocked," + Programs.OR_ENV_FILE)
                    : failure(added.stderr());
        }
    }

    @Override
    public boolean delete(Profile profile) {
        Finished deleted = run(List.of(PROGRAM, "delete-generic-password", "-s", "notion-setup", "-a",
                profile.name()), Secret.none());
        if (deleted.exitCode() == 0) {
            return true;
        }
        if (notFound(deleted)) {
            return false;
        }
        throw failure(deleted.stderr());
    }

    @Override
    public String describe(Profile profile) {
        return "the login keychain's generic password service=notion-setup account=" + profile;
    }

    private static boolean notFound(Finished finished) {
        return finished.exitCode() == NOT_FOUND || finished.stderr().contains("could not be found");
    }

    private Finished run(List<String> argv, Secret stdin) {
        return programs.run(argv, stdin,
                () -> new KeychainException(Kind.NOT_INSTALLED, PROGRAM + " could not be started.",
                        "It is part of macOS; check the system is intact," + Programs.OR_ENV_FILE),
                () -> new KeychainException(Kind.TIMED_OUT, "The login keychain did not answer within "
                        + programs.seconds() + "; security was stopped.",
                        "It may be waiting on a password dialog: unlock it in Keychain Access and try again,"
                                + Programs.OR_ENV_FILE));
    }

    /** security's own wording for the failures that have a fix; anything else is quoted. */
    private static KeychainException failure(String stderr) {
        if (stderr.contains("User interaction is not allowed")) {
            return new KeychainException(Kind.LOCKED,
                    "The login keychain is locked and cannot ask for its password here (over SSH, or in a"
                            + " background job).",
                    "Unlock it first: security unlock-keychain login.keychain," + Programs.OR_ENV_FILE);
        }
        if (stderr.contains("canceled") || stderr.contains("denied")) {
            return new KeychainException(Kind.DENIED, "Access to the login keychain was refused.",
                    "Allow notion-setup's request in the dialog when it appears," + Programs.OR_ENV_FILE);
        }
        return new KeychainException(Kind.FAILED,
                "security failed: " + Programs.firstLine(stderr, "it exited with no message") + ".",
                "Check the login keychain in Keychain Access," + Programs.OR_ENV_FILE);
    }
}
