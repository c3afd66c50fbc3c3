package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Whether to ask Notion what the integration can see, and whether "nothing shared" is a failure. */
public record AccessOptions(boolean checkAccess, boolean requireAccess) {
    /** {@code scope}: as for {@link OutputOptions#declare}. */
    public static void declare(CommandSpec spec, String scope) {
        spec.addOption(Options.flag(Options.scoped(scope, "Also report how many pages and databases the integration"
                + " can see."), "--check-access"));
        spec.addOption(Options.flag(Options.scoped(scope, "Like --check-access, and exit 4 when nothing is shared."),
                "--require-access"));
    }

    public static AccessOptions of(CommandSpec spec) {
        return new AccessOptions(Options.isSet(spec, "--check-access"), Options.isSet(spec, "--require-access"));
    }
}
