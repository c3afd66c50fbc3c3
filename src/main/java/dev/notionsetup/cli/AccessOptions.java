package dev.notionsetup.cli;

import picocli.CommandLine.Option;

/** Whether to ask Notion what the integration can see, and whether "nothing shared" is a failure. */
public final class AccessOptions {
    @Option(names = "--check-access", description = "Also report how many pages and databases the integration"
            + " can see.")
    boolean checkAccess;

    @Option(names = "--require-access", description = "Like --check-access, and exit 4 when nothing is shared.")
    boolean requireAccess;

    boolean wanted() {
        return checkAccess || requireAccess;
    }
}
