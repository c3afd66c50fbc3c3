package dev.notionsetup.notion;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Notion's JSON objects (as Jackson trees, so unknown fields are simply never looked at) into our
 * values. Every string taken from the server passes through {@link TerminalText#sanitize}. A wrong shape is
 * an empty Optional, with one exception: an object id that is present but not a Notion id (32 hexadecimal
 * digits, with or without the UUID dashes) throws {@link NotAnId}. Ids go into request paths, into commands
 * we suggest and into the env file, so no reader may hand on anything else; the client turns it into an
 * unexpected response.
 */
final class NotionObjects {

    /**
     * Notion's error body: {@code {"object":"error","status":401,"code":"unauthorized","message":"…"}}, and
     * from {@code additional_data} what we act on: {@code error_type} and {@code minimum_api_version} (a
     * multi-source database asked for with an older version), and the database's data source ids.
     */
    record NotionError(String code, String message, String errorType, String minimumApiVersion,
                       List<String> childDataSourceIds) {
        NotionError(String code, String message) {
            this(code, message, null, null, List.of());
        }

        boolean isMultipleDataSources() {
            return "multiple_data_sources_for_database".equals(errorType);
        }
    }

    private NotionObjects() {
    }

    /** An answer named an object by something that is not a Notion id; {@code what} says which id, and how. */
    static final class NotAnId extends RuntimeException {
        private final String what;

        /** {@code kindOfId}: "a data source id". */
        NotAnId(String kindOfId) {
            this(kindOfId + " that is not a Notion id (32 hexadecimal digits)", false);
        }

        private NotAnId(String what, boolean unused) {
            super(what, null, false, false);
            this.what = what;
        }

        /** An id that repeats part of the token: with the echo removed it is no longer an id. */
        static NotAnId echoingTheToken() {
            return new NotAnId("an id that repeats part of the token", false);
        }

        String what() {
            return what;
        }
    }

    static Optional<NotionError> error(JsonNode json) {
        if (json == null || !"error".equals(rawText(json, "object"))) {
            return Optional.empty();
        }
        JsonNode extra = json.path("additional_data");
        List<String> children = new ArrayList<>();
        for (JsonNode child : extra.path("child_data_source_ids")) {
            if (child.isTextual()) {
                DatabaseId.normalize(child.textValue()).ifPresent(children::add);
            }
        }
        return Optional.of(new NotionError(text(json, "code"), text(json, "message"), text(extra, "error_type"),
                text(extra, "minimum_api_version"), children));
    }

    /** One page of {@code POST /v1/search} results; {@code nextCursor} is sent back as-is, never shown. */
    record SearchPage(List<SharedItem> items, boolean hasMore, String nextCursor, int trashed) {
    }

    /** A {@code "object":"list"} answer; results of kinds we do not know are skipped. */
    static Optional<SearchPage> searchPage(JsonNode json) {
        if (json == null || !"list".equals(rawText(json, "object")) || !json.path("results").isArray()) {
            return Optional.empty();
        }
        List<SharedItem> items = new ArrayList<>();
        int trashed = 0;
        for (JsonNode result : json.path("results")) {
            if (isTrashed(result)) {
                trashed++;
            } else {
                sharedItem(result).ifPresent(items::add);
            }
        }
        String cursor = rawText(json, "next_cursor");
        boolean hasMore = json.path("has_more").asBoolean(false);
        return Optional.of(new SearchPage(items, hasMore, cursor == null || cursor.length() > 1000 ? null : cursor,
                trashed));
    }

    /** The bot user of {@code GET /v1/users/me}; empty unless it is {@code "object":"user"} of type bot. */
    static Optional<BotIdentity> botIdentity(JsonNode json, String requestId) {
        if (json == null || !"user".equals(rawText(json, "object")) || !"bot".equals(rawText(json, "type"))) {
            return Optional.empty();
        }
        String id = text(json, "id");
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        JsonNode bot = json.path("bot");
        JsonNode owner = bot.path("owner");
        String ownerName = "user".equals(rawText(owner, "type")) ? text(owner.path("user"), "name") : null;
        return Optional.of(new BotIdentity(id, text(json, "name"), text(bot, "workspace_name"),
                text(bot, "workspace_id"), text(owner, "type"), ownerName, requestId));
    }

    /**
     * One search result: a page, a database, or (from 2025-09-03) a data source, listed under its database.
     * Search also returns what is in the trash; that is not content anyone can use, so it is skipped.
     */
    static Optional<SharedItem> sharedItem(JsonNode json) {
        if (isTrashed(json)) {
            return Optional.empty();
        }
        String object = rawText(json, "object");
        if ("page".equals(object)) {
            return id(json, "id", "a page id").map(id -> new SharedItem(SharedItem.Kind.PAGE, id, pageTitle(json)));
        }
        if ("database".equals(object)) {
            return id(json, "id", "a database id")
                    .map(id -> new SharedItem(SharedItem.Kind.DATABASE, id, richText(json.path("title"))));
        }
        if ("data_source".equals(object)) {
            // Users need the database id (NOTION_DATABASE_ID), not the data source's own id.
            Optional<String> own = id(json, "id", "a data source id");
            Optional<String> id = id(json.path("parent"), "database_id", "a parent database id").or(() -> own);
            return id.map(i -> new SharedItem(SharedItem.Kind.DATABASE, i, richText(json.path("title"))));
        }
        return Optional.empty();
    }

    /**
     * "in_trash" from 2026-03-11 on; "archived" before (both are sent by some versions in between). Either
     * being true means the object is in the trash.
     */
    static boolean isTrashed(JsonNode json) {
        return json != null && (json.path("in_trash").asBoolean(false) || json.path("archived").asBoolean(false));
    }

    /**
     * {@code GET /v1/databases/{id}}: a database object with its top-level title and, from 2025-09-03, its
     * {@code data_sources: [{id, name}]}.
     */
    static Optional<DatabaseInfo> databaseInfo(JsonNode json) {
        if (json == null || !"database".equals(rawText(json, "object"))) {
            return Optional.empty();
        }
        List<DataSourceRef> sources = new ArrayList<>();
        for (JsonNode source : json.path("data_sources")) {
            id(source, "id", "a data source id").ifPresent(sid -> sources.add(new DataSourceRef(sid, nameOf(source))));
        }
        return id(json, "id", "a database id").map(id -> new DatabaseInfo(id, richText(json.path("title")), sources,
                isTrashed(json)));
    }

    /**
     * {@code GET /v1/data_sources/{id}}: the data source (its title as name) and the database it belongs to,
     * or empty when the answer is not a data source.
     */
    static Optional<DataSourceLookup> dataSource(JsonNode json) {
        if (json == null || !"data_source".equals(rawText(json, "object"))) {
            return Optional.empty();
        }
        Optional<String> parent = id(json.path("parent"), "database_id", "a parent database id");
        return id(json, "id", "a data source id").map(id -> new DataSourceLookup(new DataSourceRef(id, richText(json.path("title"))),
                parent.orElse(null)));
    }

    /** A data source and the id of the database that holds it (null when Notion did not say). */
    record DataSourceLookup(DataSourceRef dataSource, String databaseId) {
    }

    /** The answer to a query: how many rows came back, and whether there are more. */
    static Optional<QueryPage> queryPage(JsonNode json) {
        if (json == null || !"list".equals(rawText(json, "object")) || !json.path("results").isArray()) {
            return Optional.empty();
        }
        return Optional.of(new QueryPage(json.path("results").size(), json.path("has_more").asBoolean(false)));
    }

    /** One page of query results, counted. */
    record QueryPage(int rows, boolean hasMore) {
    }

    private static String nameOf(JsonNode dataSource) {
        String name = text(dataSource, "name");
        return name == null ? "" : name;
    }

    /** A page's title is the one property whose type is "title". */
    static String pageTitle(JsonNode page) {
        for (Map.Entry<String, JsonNode> entry : page.path("properties").properties()) {
            JsonNode property = entry.getValue();
            if ("title".equals(rawText(property, "type"))) {
                return richText(property.path("title"));
            }
        }
        return "";
    }

    /** A rich text array's plain_text parts joined, sanitized; "" when absent. */
    static String richText(JsonNode array) {
        if (!array.isArray()) {
            return "";
        }
        StringBuilder joined = new StringBuilder();
        for (JsonNode part : array) {
            String plain = rawText(part, "plain_text");
            if (plain != null) {
                joined.append(plain);
                if (joined.length() > 4 * TerminalText.DEFAULT_MAX_LENGTH) {
                    break; // the sanitizer bounds it anyway; no need to build a huge string first
                }
            }
        }
        return TerminalText.sanitize(joined.toString());
    }

    /** A sanitized string field, or null when absent, null or not a string. */
    static String text(JsonNode node, String field) {
        return TerminalText.sanitize(rawText(node, field));
    }

    private static String rawText(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /**
     * The id in {@code field}, normalized to 32 lowercase hex; empty when the field is absent. Present but not
     * a Notion id (any other string, a number, an object): {@link NotAnId}, never the text itself.
     */
    private static Optional<String> id(JsonNode node, String field, String what) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(DatabaseId.normalize(value.isTextual() ? value.textValue() : null)
                .orElseThrow(() -> new NotAnId(what)));
    }
}
