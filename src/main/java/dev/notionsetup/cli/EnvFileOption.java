package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The env file to write or read, relative to the directory the tool was started in. No default: without it
 * the profile's file is used ({@link ProfileOption#envFileOf}).
 */
public final class EnvFileOption {
    private EnvFileOption() {
    }

    /** {@code use}: what the command does with the file ("write", or "read" for validate, which never writes). */
    public static void declare(CommandSpec spec, String use) {
        Option.ENV_FILE.declare(spec, "The env file to " + use + " (default .env in the current directory;"
                + " .env.NAME for --profile NAME).");
    }
}
