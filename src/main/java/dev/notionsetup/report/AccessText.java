package dev.notionsetup.report;

import dev.notionsetup.notion.AccessSummary;

import java.util.List;

/** "Your integration can see 3 pages and 1 database: Roadmap, Meeting Notes, …", the same everywhere. */
public final class AccessText {
    /** The exact clicks of the seed's step 8, for when nothing is shared. */
    public static final String HOW_TO_SHARE = "Go to any Notion page or database, click the '...' menu in the top"
            + " right, select 'Connections', and add your integration.";

    private AccessText() {
    }

    public static String describe(AccessSummary access) {
        if (access.nothingShared()) {
            return "Your integration can't see any pages or databases yet.";
        }
        String atLeast = access.complete() ? "" : "at least ";
        String counts = atLeast + count(access.pages(), "page") + " and " + count(access.databases(), "database");
        List<String> sample = access.sampleTitles(5);
        if (sample.isEmpty()) {
            return "Your integration can see " + counts + ".";
        }
        boolean more = access.items().size() > sample.size();
        return "Your integration can see " + counts + ": " + String.join(", ", sample) + (more ? ", \u2026" : "");
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
