package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.util.Optional;

/** The database to confirm and query once (the guide's first query), and which of its data sources. */
public record DatabaseOptions(Optional<String> database, Optional<String> dataSource) {
    /** {@code scope}: as for {@link OutputOptions#declare}. */
    public static void declare(CommandSpec spec, String scope, String databaseDescription) {
        spec.addOption(Options.valued("--database", "URL_OR_ID", String.class, null, databaseDescription));
        spec.addOption(Options.valued("--data-source", "ID", String.class, null, Options.scoped(scope,
                "Which of the database's data sources to query (needed when it has several; from Notion-Version"
                        + " 2025-09-03).")));
    }

    public static DatabaseOptions of(CommandSpec spec) {
        return new DatabaseOptions(Optional.ofNullable(Options.value(spec, "--database")),
                Optional.ofNullable(Options.value(spec, "--data-source")));
    }
}
