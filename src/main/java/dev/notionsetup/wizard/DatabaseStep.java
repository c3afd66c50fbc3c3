package dev.notionsetup.wizard;

import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiFailure;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.DataSourceChoice;
import dev.notionsetup.notion.DataSourceRef;
import dev.notionsetup.notion.DatabaseId;
import dev.notionsetup.notion.DatabaseInfo;
import dev.notionsetup.notion.QueryProof;
import dev.notionsetup.notion.SharedItem;
import dev.notionsetup.notion.TerminalText;
import dev.notionsetup.report.QueryText;
import dev.notionsetup.report.Shortlist;
import dev.notionsetup.term.Answer;
import dev.notionsetup.term.Prompter;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Optionally captures the database id the guide's first query needs: pick one of the databases the token
 * can see, or paste a URL or id. It is confirmed with Notion and then queried, as the guide's step 4 says
 * (one row at most), before it is kept; a database with several data sources (2025-09-03 on) asks which one,
 * and the one queried is kept as NOTION_DATA_SOURCE_ID. A multi-source database is read with the version it
 * needs whatever --notion-version is (the client does that).
 */
public record DatabaseStep(String question) implements TokenStep {
    @Override
    public StepOutcome run(Session session, Secret token) {
        Prompter prompter = session.prompter();
        session.state().databaseId(null);
        session.state().dataSourceId(null);
        List<SharedItem> databases = session.state().access().map(AccessSummary::databaseItems).orElse(List.of());
        Answer<Boolean> wanted = prompter.confirm(question, !databases.isEmpty());
        if (!(wanted instanceof Answer.Given<Boolean> yes)) {
            return Outcomes.navigation(wanted);
        }
        if (!yes.value()) {
            return StepOutcome.NEXT;
        }
        while (true) {
            Answer<String> chosen = choose(prompter, databases);
            if (!(chosen instanceof Answer.Given<String> id)) {
                return Outcomes.navigation(chosen);
            }
            if (id.value().isEmpty()) {
                prompter.show(Tone.HINT, "No database id saved; you can add NOTION_DATABASE_ID later.");
                return StepOutcome.NEXT;
            }
            ApiResult<DatabaseInfo> found = session.check(client -> client.database(token, id.value()));
            if (found instanceof ApiResult.Failed<DatabaseInfo> failed) {
                explain(prompter, failed.failure());
                continue;
            }
            DatabaseInfo database = found.orElseThrow();
            prompter.show(Tone.SUCCESS, "Found the database " + database.quotedTitle() + ".");
            Answer<Optional<DataSourceRef>> source = dataSource(prompter, database);
            if (!(source instanceof Answer.Given<Optional<DataSourceRef>> picked)) {
                return Outcomes.navigation(source);
            }
            String dataSourceId = picked.value().map(DataSourceRef::id).orElse(null);
            if (dataSourceId != null && !session.client().version().usesDataSources()) {
                prompter.show(Tone.HINT, QueryText.readThroughDataSources(session.client().version()));
            }
            ApiResult<QueryProof> queried = session.check(client -> client.firstQuery(token, database, dataSourceId));
            if (queried instanceof ApiResult.Failed<QueryProof> failed) {
                prompter.show(Tone.ERROR, "The first query failed: " + failed.failure().detail());
                prompter.show(Tone.HINT, failed.failure().advice() + " Then pick it again, or skip.");
                continue;
            }
            QueryProof proof = queried.orElseThrow();
            prompter.show(Tone.SUCCESS, QueryText.proof(proof));
            prompter.show(Tone.HINT, "  " + QueryText.how(proof));
            session.state().databaseId(database.id());
            session.state().dataSourceId(dataSourceId);
            prompter.show(Tone.PLAIN, dataSourceId == null ? "Its id will be saved too."
                    : "Its id and the data source's id will be saved too.");
            return StepOutcome.NEXT;
        }
    }

    private static void explain(Prompter prompter, ApiFailure failure) {
        prompter.show(Tone.ERROR, failure.detail());
        prompter.show(Tone.HINT, failure.advice() + " Then pick it again, or skip.");
    }

    /**
     * The data source to query: none for a database read without them (before 2025-09-03), its only one, or
     * the one the user picks when there are several: from the first few listed, or by pasting its id.
     */
    private static Answer<Optional<DataSourceRef>> dataSource(Prompter prompter, DatabaseInfo database) {
        DataSourceChoice choice = DataSourceChoice.of(database, Optional.empty());
        if (choice instanceof DataSourceChoice.Chosen chosen) {
            return new Answer.Given<>(Optional.of(chosen.dataSource()));
        }
        if (!(choice instanceof DataSourceChoice.NeedsChoice needs)) {
            return new Answer.Given<>(Optional.empty());
        }
        prompter.show(Tone.PLAIN, database.quotedTitle() + " has " + needs.options().size()
                + " data sources; the first query uses the one you pick, and its id is saved.");
        Shortlist<DataSourceRef> listed = Shortlist.of(needs.options());
        List<String> labels = new ArrayList<>(listed.shown().stream().map(QueryText::label).toList());
        if (listed.more() > 0) {
            labels.add("Paste a data source id (" + listed.more() + " more are not listed)");
        }
        while (true) {
            Answer<Integer> pick = prompter.choose("Which data source?", labels);
            if (!(pick instanceof Answer.Given<Integer> given)) {
                return pick instanceof Answer.Back<Integer> ? new Answer.Back<>() : new Answer.Quit<>();
            }
            if (given.value() < listed.shown().size()) {
                return new Answer.Given<>(Optional.of(listed.shown().get(given.value())));
            }
            Answer<Optional<DataSourceRef>> pasted = pastedDataSource(prompter, database);
            if (!(pasted instanceof Answer.Given<Optional<DataSourceRef>> one) || one.value().isPresent()) {
                return pasted;
            }
        }
    }

    /** A data source of {@code database} by its pasted id; empty (back to the list) on Enter. */
    private static Answer<Optional<DataSourceRef>> pastedDataSource(Prompter prompter, DatabaseInfo database) {
        while (true) {
            Answer<String> pasted = prompter.ask("Data source id (Enter for the list): ");
            if (!(pasted instanceof Answer.Given<String> text)) {
                return pasted instanceof Answer.Back<String> ? new Answer.Back<>() : new Answer.Quit<>();
            }
            if (text.value().isBlank()) {
                return new Answer.Given<>(Optional.empty());
            }
            if (DataSourceChoice.of(database, Optional.of(text.value().strip()))
                    instanceof DataSourceChoice.Chosen chosen) {
                return new Answer.Given<>(Optional.of(chosen.dataSource()));
            }
            prompter.show(Tone.ERROR, "That isn't the id of one of this database's data sources.");
            prompter.show(Tone.HINT, "In Notion: the database's \u2022\u2022\u2022 \u2192 Manage data sources \u2192"
                    + " Copy data source ID.");
        }
    }

    /** The id picked from the list or pasted, or "" when the user skips. */
    private static Answer<String> choose(Prompter prompter, List<SharedItem> databases) {
        if (!databases.isEmpty()) {
            Shortlist<SharedItem> shortlist = Shortlist.of(databases);
            List<SharedItem> listed = shortlist.shown();
            List<String> labels = new ArrayList<>();
            listed.forEach(d -> labels.add(d.title() == null || d.title().isBlank() ? "(untitled) " + d.id()
                    : TerminalText.quoted(d.title())));
            labels.add("Paste a database URL or id"
                    + (shortlist.more() > 0 ? " (" + shortlist.more() + " more are not listed)" : ""));
            labels.add("Skip: don't save a database id");
            Answer<Integer> pick = prompter.choose("Which database?", labels);
            if (!(pick instanceof Answer.Given<Integer> given)) {
                return pick instanceof Answer.Back<Integer> ? new Answer.Back<>() : new Answer.Quit<>();
            }
            if (given.value() < listed.size()) {
                return new Answer.Given<>(listed.get(given.value()).id());
            }
            if (given.value() == listed.size() + 1) {
                return new Answer.Given<>("");
            }
        }
        while (true) {
            Answer<String> pasted = prompter.ask("Database URL or id (Enter to skip): ");
            if (!(pasted instanceof Answer.Given<String> text) || text.value().isBlank()) {
                return pasted instanceof Answer.Given<String> ? new Answer.Given<>("") : pasted;
            }
            Optional<String> id = DatabaseId.parse(text.value());
            if (id.isPresent()) {
                return new Answer.Given<>(id.get());
            }
            prompter.show(Tone.ERROR, "That isn't a Notion database URL or id.");
            prompter.show(Tone.HINT, "Open the database as a full page, use Share \u2192 Copy link, and paste that"
                    + " (or its 32-character id).");
        }
    }
}
