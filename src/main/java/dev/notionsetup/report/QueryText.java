package dev.notionsetup.report;

import dev.notionsetup.notion.DataSourceRef;
import dev.notionsetup.notion.NotionVersion;
import dev.notionsetup.notion.QueryProof;
import dev.notionsetup.notion.TerminalText;

import java.util.List;
import java.util.stream.Collectors;

/** The words for the first query and for a database's data sources, the same in every command. */
public final class QueryText {
    private QueryText() {
    }

    /**
     * "The first query returned 1 row (and there are more): the token can read this database." Worded for both
     * kinds of token: shared with a connection, or seen by a personal token, it is the same proof.
     */
    public static String proof(QueryProof proof) {
        String rows = proof.rows() + " row" + (proof.rows() == 1 ? "" : "s");
        String more = proof.hasMore() ? " (and there are more)" : "";
        return "The first query returned " + rows + more + ": the token can read this database.";
    }

    /** "POST /v1/data_sources/…/query with Notion-Version 2025-09-03", for the line under the proof. */
    public static String how(QueryProof proof) {
        String path = proof.dataSourceId() == null ? "/v1/databases/" + proof.databaseId() + "/query"
                : "/v1/data_sources/" + proof.dataSourceId() + "/query";
        return "POST " + path + " with Notion-Version " + proof.version();
    }

    /** Said when a database's data source is queried although the run's version has none (before 2025-09-03). */
    public static String readThroughDataSources(NotionVersion version) {
        return "This database is read through its data sources, which Notion-Version " + version + " does not have;"
                + " the first query uses " + NotionVersion.DATA_SOURCES + ". Your own code needs "
                + NotionVersion.DATA_SOURCES + " or later for it too.";
    }

    /** "\"Tasks\" (1f2e…), \"Archive\" (3a4b…)", the first {@link Shortlist#SHOWN} of them, and how many more there are. */
    public static String list(List<DataSourceRef> sources) {
        Shortlist<DataSourceRef> listed = Shortlist.of(sources);
        return listed.shown().stream().map(QueryText::label).collect(Collectors.joining(", ")) + listed.andMore();
    }

    /** One data source as it is listed: "\"Tasks\" (1f2e…)". */
    public static String label(DataSourceRef source) {
        return (source.name().isBlank() ? "(untitled)" : TerminalText.quoted(source.name())) + " (" + source.id() + ")";
    }
}
