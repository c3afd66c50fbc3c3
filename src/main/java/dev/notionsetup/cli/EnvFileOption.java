package dev.notionsetup.cli;

import picocli.CommandLine.Option;

/** The env file to write or read, relative to the directory the tool was started in. */
public final class EnvFileOption {
    @Option(names = "--env-file", paramLabel = "PATH", defaultValue = ".env",
            description = "The env file to write/read (default ${DEFAULT-VALUE} in the current directory).")
    String envFile;
}
