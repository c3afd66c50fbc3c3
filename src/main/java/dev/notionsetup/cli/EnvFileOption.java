package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;

/**
 * The env file to write or read, relative to the directory the tool was started in; null when not given,
 * and then the profile's ({@link ProfileOption#envFileOf}).
 */
public record EnvFileOption(String envFile) {
    /** {@code use}: what the command does with the file ("write", or "read" for validate, which never writes). */
    public static void declare(CommandSpec spec, String use) {
        // Typed as a Path so that the completion script completes file names here; the converter keeps the
        // text as typed, because EnvFile, not picocli, answers a name the locale cannot represent (exit 5).
        // No default: without it the profile's file is used (ProfileOption.envFileOf).
        spec.addOption(OptionSpec.builder("--env-file").paramLabel("PATH").type(Path.class)
                .converters(text -> text)
                .description("The env file to " + use + " (default .env in the current directory; .env.NAME for"
                        + " --profile NAME).")
                .build());
    }

    static EnvFileOption of(CommandSpec spec) {
        return new EnvFileOption(Options.value(spec, "--env-file"));
    }
}
