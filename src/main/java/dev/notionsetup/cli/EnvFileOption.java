package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The env file to write or read, relative to the directory the tool was started in; null when not given,
 * and then the profile's ({@link ProfileOption#envFileOf}).
 */
public record EnvFileOption(String envFile) {
    /** {@code use}: what the command does with the file ("write", or "read" for validate, which never writes). */
    public static void declare(CommandSpec spec, String use) {
        spec.addOption(Options.valued("--env-file", "PATH", String.class, null,
                "The env file to " + use + " (default .env in the current directory; .env.NAME for --profile"
                        + " NAME)."));
    }

    static EnvFileOption of(CommandSpec spec) {
        return new EnvFileOption(Options.value(spec, "--env-file"));
    }
}
