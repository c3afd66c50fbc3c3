package dev.notionsetup.credentials;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;

/**
 * The keychain could not do what was asked: one line of what happened, one line of what to do, and which
 * of the known failures it was, so a caller can choose its way out (offer the env file, retry, quit). Exit 5,
 * the code for "the place the token is kept could not be read or written", which is what this is; 130 when
 * the wait was interrupted. Nothing was changed in the keychain when this is thrown by a write.
 */
public final class KeychainException extends UserError {
    /** The failures the backends tell apart. */
    public enum Kind {
        /** The program that talks to the keychain is missing (secret-tool, security, powershell). */
        NOT_INSTALLED,
        /** Linux/BSD: no D-Bus session bus to reach the Secret Service on. */
        NO_SESSION_BUS,
        /** Linux/BSD: a session bus, but nothing on it provides org.freedesktop.secrets. */
        NO_SECRET_SERVICE,
        /** The keychain or collection is locked, or does not exist, and no one can be asked to unlock it. */
        LOCKED,
        /** The user (or the system on their behalf) refused access. */
        DENIED,
        /** No answer within the time bound; the program was stopped. */
        TIMED_OUT,
        /** Stopped by an interrupt before it finished. */
        INTERRUPTED,
        /** Anything else; the line quotes the program's own message. */
        FAILED
    }

    private final Kind kind;

    public KeychainException(Kind kind, String what, String fix) {
        super(what, fix, kind == Kind.INTERRUPTED ? ExitCode.INTERRUPTED : ExitCode.ENV_FILE);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
