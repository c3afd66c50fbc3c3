package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.util.Optional;

/** The database to confirm and query once (the guide's first query), and which of its data sources. */
public record DatabaseOptions(Optional<String> database, Optional<String> dataSource) {
    /** {@code scope}: as for {@link OutputOptions#declare}. */
    public static void declare(CommandSpec spec, String scope, String databaseDescription) {
        Option.DATABASE.declare(spec, databaseDescription);
        Option.DATA_SOURCE.declare(spec, Options.scoped(scope, "Which of the database's data sources to query"
                + " (needed when it has several; from Notion-Version 2025-09-03)."));
    }

    public static DatabaseOptions of(CommandSpec spec) {
        return new DatabaseOptions(Optional.ofNullable(Option.DATABASE.value(spec)),
                Optional.ofNullable(Option.DATA_SOURCE.value(spec)));
    }
}
