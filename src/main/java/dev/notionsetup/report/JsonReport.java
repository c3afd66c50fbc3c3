package dev.notionsetup.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notionsetup.UserError;
import dev.notionsetup.json.JsonTree;
import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.ApiFailure;
import dev.notionsetup.notion.BotIdentity;

import java.io.PrintStream;

/**
 * The --json output: one object per run on stdout. Built only from values that are safe to print (masked
 * token, sanitized server text); there is deliberately no way to put a raw token in.
 */
public final class JsonReport {
    private final ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final PrintStream stdout;

    public JsonReport(PrintStream stdout) {
        this.stdout = stdout;
        root.put("ok", false); // first key, whatever is added before the verdict is known
    }

    public ObjectNode root() {
        return root;
    }

    public JsonReport ok(boolean ok) {
        root.put("ok", ok);
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

    public JsonReport failure(ApiFailure failure) {
        ok(false);
        ObjectNode error = root.putObject("error");
        error.put("kind", failure.kind().jsonName());
        error.put("status", failure.status());
        error.put("code", failure.code());
        error.put("message", failure.message() != null ? failure.message() : FailureText.reason(failure));
        error.put("requestId", failure.requestId());
        error.put("fix", FailureText.fix(failure));
        if (failure.multipleDataSources() != null) {
            error.put("minimumNotionVersion", failure.multipleDataSources().value());
        }
        return this;
    }

    public JsonReport error(String kind, UserError problem) {
        ok(false);
        ObjectNode error = root.putObject("error");
        error.put("kind", kind);
        error.put("message", problem.what());
        error.put("fix", problem.fix());
        return this;
    }

    public void warnings(Iterable<String> warnings) {
        var array = root.putArray("warnings");
        warnings.forEach(array::add);
    }

    /**
     * Writes UTF-8 bytes, as JSON must be (RFC 8259), whatever the locale: printing the string through
     * System.out would encode it in the platform charset, which in a C/POSIX locale (CI containers, cron)
     * is ASCII and turns the mask's ellipsis and non-English workspace names into '?'. Written with
     * {@link JsonTree}, not an ObjectMapper, whose first construction is a large part of a --json run's start-up.
     */
    public void print() {
        stdout.writeBytes(JsonTree.write(root));
        stdout.write('\n');
        stdout.flush();
    }
}
