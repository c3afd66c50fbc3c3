package dev.notionsetup.steps;

import dev.notionsetup.flow.StepOutcome;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiResult;
import dev.notionsetup.notion.DatabaseId;
import dev.notionsetup.notion.DatabaseInfo;
import dev.notionsetup.notion.FailureKind;
import dev.notionsetup.notion.SharedItem;
import dev.notionsetup.prompt.Answer;
import dev.notionsetup.prompt.Prompter;
import dev.notionsetup.prompt.Tone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Optionally captures the database id the guide's first query needs: pick one of the databases the
 * integration can see, or paste a URL or id; it is confirmed with Notion before it is kept.
 */
public record DatabaseStep(String question) implements TokenStep {
    private static final int LISTED = 9;

    @Override
    public StepOutcome run(Session session, String token) {
        Prompter prompter = session.prompter();
        session.state().databaseId(null);
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
            ApiResult<DatabaseInfo> found = session.client().database(token, id.value());
            if (found instanceof ApiResult.Ok<DatabaseInfo> ok) {
                session.state().databaseId(ok.value().id());
                String title = ok.value().title() == null || ok.value().title().isBlank() ? "(untitled)" : ok.value().title();
                prompter.show(Tone.SUCCESS, "Found the database \"" + title + "\"; NOTION_DATABASE_ID will be saved too.");
                return StepOutcome.NEXT;
            }
            var failure = ((ApiResult.Failed<DatabaseInfo>) found).failure();
            prompter.show(Tone.ERROR, failure.kind() == FailureKind.NOT_FOUND
                    ? "Notion can't find that database for this integration: it isn't shared with it, or the id is wrong."
                    : failure.detail());
            prompter.show(Tone.HINT, failure.advice() + " Then pick it again, or skip.");
        }
    }

    /** The id picked from the list or pasted, or "" when the user skips. */
    private static Answer<String> choose(Prompter prompter, List<SharedItem> databases) {
        if (!databases.isEmpty()) {
            List<SharedItem> listed = databases.stream().limit(LISTED).toList();
            List<String> labels = new ArrayList<>();
            listed.forEach(d -> labels.add(d.title() == null || d.title().isBlank() ? "(untitled) " + d.id() : d.title()));
            labels.add("Paste a database URL or id");
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
