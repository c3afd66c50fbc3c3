package dev.notionsetup.envfile;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;

/** The env file could not be read or written (exit 5). Nothing was changed when this is thrown. */
public final class EnvFileException extends UserError {
    public EnvFileException(String what, String fix) {
        this(what, fix, null);
    }

    public EnvFileException(String what, String fix, Throwable cause) {
        super(what, fix, ExitCode.ENV_FILE, cause);
    }
}
