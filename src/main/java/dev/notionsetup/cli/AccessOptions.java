package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Whether to ask Notion what the integration can see, and whether "nothing shared" is a failure. */
public record AccessOptions(boolean checkAccess, boolean requireAccess) {
    /** {@code scope}: as for {@link OutputOptions#declare}. */
    public static void declare(CommandSpec spec, String scope) {
        Option.CHECK_ACCESS.declare(spec, Options.scoped(scope, "Also report how many pages and databases the"
                + " integration can see."));
        Option.REQUIRE_ACCESS.declare(spec, Options.scoped(scope, "Like --check-access, and exit 4 when nothing is"
                + " shared."));
    }

    public static AccessOptions of(CommandSpec spec) {
        return new AccessOptions(Option.CHECK_ACCESS.isSet(spec), Option.REQUIRE_ACCESS.isSet(spec));
    }
}
