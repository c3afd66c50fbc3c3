package dev.notionsetup.notion;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.notionsetup.json.JsonTree;

/**
 * One {@code POST /v1/search} body: results filtered to one object type, a full page of them, and the
 * cursor of the previous page when following one.
 */
record SearchQuery(String objectType, String startCursor) {
    static final int PAGE_SIZE = 100;

    /** Pages are "page" in every version. */
    static SearchQuery pages() {
        return new SearchQuery("page", null);
    }

    /** Databases are filtered as "database" up to 2022-06-28, and as "data_source" from 2025-09-03. */
    static SearchQuery databases(NotionVersion version) {
        return new SearchQuery(version.usesDataSources() ? "data_source" : "database", null);
    }

    SearchQuery next(String cursor) {
        return new SearchQuery(objectType, cursor);
    }

    byte[] toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode filter = body.putObject("filter");
        filter.put("property", "object");
        filter.put("value", objectType);
        body.put("page_size", PAGE_SIZE);
        if (startCursor != null) {
            body.put("start_cursor", startCursor);
        }
        return JsonTree.write(body);
    }
}
