package dev.notionsetup.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notionsetup.UserError;
import dev.notionsetup.json.JsonTree;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiFailure;
import dev.notionsetup.notion.BotIdentity;
import dev.notionsetup.notion.DataSourceRef;
import dev.notionsetup.notion.DatabaseInfo;
import dev.notionsetup.notion.NotionVersion;
import dev.notionsetup.notion.QueryProof;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The --json output: one object per run on stdout. Every run without a person has one and fills it in;
 * without --json {@link #print} prints nothing. Built only from values that are safe to print (masked
 * token, sanitized server text); there is deliberately no way to put a raw token in.
 */
public final class JsonReport {
    private final ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final PrintStream stdout;

    /** A report that prints to {@code stdout}. */
    public JsonReport(PrintStream stdout) {
        this.stdout = stdout;
        root.put("ok", false); // first key, whatever is added before the verdict is known
    }

    /** A report for a run without --json: filled in like any other, never printed. */
    public static JsonReport none() {
        return new JsonReport(null);
    }

    public JsonReport ok(boolean ok) {
        root.put("ok", ok);
        return this;
    }

    /** Where the token came from ("stdin", "env-file", ...), the variable it is kept in, and its masked form. */
    public JsonReport token(String source, String variable, String masked) {
        root.put("source", source);
        root.put("variable", variable);
        root.put("token", masked);
        return this;
    }

    public JsonReport verified(boolean verified) {
        root.put("verified", verified);
        return this;
    }

    public JsonReport notionVersion(NotionVersion version) {
        root.put("notionVersion", version.value());
        return this;
    }

    /** The env file the token is in, and whether this run wrote (and created) it. */
    public JsonReport envFile(Path path, boolean written, boolean created) {
        root.put("envFile", path.toString());
        root.put("written", written);
        root.put("created", created);
        return this;
    }

    /** The token is kept in the keychain: the profile, its entry, and whether this run stored it. */
    public JsonReport keychain(String profile, String entry, boolean stored) {
        root.put("store", "keychain");
        root.put("profile", profile);
        root.put("keychain", entry);
        root.put("written", stored);
        return this;
    }

    /**
     * One place a token is looked for, in reading order: {@code masked} when it holds one, {@code used} when
     * it is the one read, {@code unavailable} why the place could not be looked in.
     */
    public record Place(String source, String name, Optional<String> masked, boolean used,
                        Optional<String> unavailable) {
    }

    /** `status`: the profile, every place in reading order, and whether the token was asked about. */
    public JsonReport places(String profile, Iterable<Place> places) {
        root.put("profile", profile);
        var array = root.putArray("places");
        for (Place place : places) {
            ObjectNode node = array.addObject().put("source", place.source()).put("name", place.name())
                    .put("found", place.masked().isPresent());
            place.masked().ifPresent(m -> node.put("token", m));
            node.put("used", place.used());
            place.unavailable().ifPresent(why -> node.put("unavailable", why));
        }
        return this;
    }

    /** `status`: the saved database and data source ids (null when none), and the env file as it stands. */
    public JsonReport saved(Optional<String> databaseId, Optional<String> dataSourceId, Path envFile, boolean exists,
                            Optional<String> mode) {
        root.put("databaseId", databaseId.orElse(null));
        root.put("dataSourceId", dataSourceId.orElse(null));
        ObjectNode file = root.putObject("envFile");
        file.put("path", envFile.toString());
        file.put("exists", exists);
        file.put("mode", mode.orElse(null));
        return this;
    }

    public JsonReport checked(boolean checked) {
        root.put("checked", checked);
        return this;
    }

    public JsonReport bot(BotIdentity bot) {
        ObjectNode node = root.putObject("bot");
        node.put("id", bot.id());
        node.put("name", bot.name());
        node.put("ownerType", bot.ownerType());
        node.put("kind", bot.kind().jsonName());
        if (bot.ownerName() != null) {
            node.putObject("owner").put("name", bot.ownerName());
        }
        ObjectNode workspace = root.putObject("workspace");
        workspace.put("id", bot.workspaceId());
        workspace.put("name", bot.workspaceName());
        root.put("requestId", bot.requestId());
        return this;
    }

    public JsonReport access(AccessSummary access) {
        ObjectNode node = root.putObject("access");
        node.put("pages", access.pages());
        node.put("databases", access.databases());
        node.put("complete", access.complete());
        node.put("trashedSkipped", access.trashed());
        access.sampleTitles(5).forEach(node.putArray("sample")::add);
        return this;
    }

    /** The database confirmed with Notion, the data source read, and what the first query returned. */
    public JsonReport database(DatabaseInfo database, Optional<DataSourceRef> dataSource, QueryProof proof) {
        ObjectNode node = root.putObject("database");
        node.put("id", database.id());
        node.put("title", database.title());
        dataSource.ifPresent(s -> node.putObject("dataSource").put("id", s.id()).put("name", s.name()));
        ObjectNode query = node.putObject("firstQuery");
        query.put("rows", proof.rows());
        query.put("hasMore", proof.hasMore());
        query.put("notionVersion", proof.version().value());
        return this;
    }

    public JsonReport warnings(Iterable<String> warnings) {
        var array = root.putArray("warnings");
        warnings.forEach(array::add);
        return this;
    }

    public JsonReport failure(ApiFailure failure) {
        ok(false);
        ObjectNode error = root.putObject("error");
        error.put("kind", failure.kind().jsonName());
        error.put("status", failure.status());
        error.put("code", failure.code());
        error.put("message", failure.message() != null ? failure.message() : failure.detail());
        error.put("requestId", failure.requestId());
        error.put("fix", failure.advice());
        if (failure.multipleDataSources() != null) {
            error.put("minimumNotionVersion", failure.multipleDataSources().value());
        }
        return this;
    }

    public JsonReport error(String kind, UserError problem) {
        return error(kind, problem.what(), problem.fix());
    }

    public JsonReport error(String kind, String message, String fix) {
        ok(false);
        root.putObject("error").put("kind", kind).put("message", message).put("fix", fix);
        return this;
    }

    /**
     * Ends a run on a failed call: one line of what happened ({@code what}, in full), one of what to do, the
     * error object, and the failure's exit code to return.
     */
    public int stop(Output out, String what, ApiFailure failure) {
        out.show(Tone.ERROR, what);
        out.show(Tone.HINT, failure.advice());
        failure(failure).print();
        return failure.kind().exitCode().code();
    }

    /**
     * Writes UTF-8 bytes, as JSON must be (RFC 8259), whatever the locale: printing the string through
     * System.out would encode it in the platform charset, which in a C/POSIX locale (CI containers, cron)
     * is ASCII and turns the mask's ellipsis and non-English workspace names into '?'. Written with
     * {@link JsonTree}, not an ObjectMapper, whose first construction is a large part of a --json run's start-up.
     */
    public void print() {
        if (stdout == null) {
            return;
        }
        stdout.writeBytes(JsonTree.write(root));
        stdout.write('\n');
        stdout.flush();
    }
}
