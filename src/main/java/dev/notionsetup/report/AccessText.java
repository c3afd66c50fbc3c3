package dev.notionsetup.report;

import dev.notionsetup.notion.AccessSummary;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.notion.TerminalText;

import java.util.List;

/** "Your integration can see 3 pages and 1 database: \"Roadmap\", \"Meeting Notes\", …", the same everywhere. */
public final class AccessText {
    /** The exact clicks of the guide's step 8, for when nothing is shared. */
    public static final String HOW_TO_SHARE = "Go to any Notion page or database, click the '...' menu in the top"
            + " right, select 'Connections', and add your integration.";

    private AccessText() {
    }

    /** What a personal token's owner can do when it sees nothing: it needs no sharing, only content. */
    public static final String PERSONAL_NOTHING = "A personal token sees what you can see in Notion: open or create"
            + " a page or database there (not in the trash), then check again.";

    public static String describe(AccessSummary access) {
        return describe(access, CredentialKind.INTERNAL_CONNECTION);
    }

    /**
     * Worded for the kind of credential: an internal connection sees what was shared with it; a personal
     * token sees what its owner sees, so nothing visible is never "nothing shared" for it.
     */
    public static String describe(AccessSummary access, CredentialKind kind) {
        boolean personal = kind == CredentialKind.PERSONAL;
        if (access.nothingShared()) {
            String trash = access.trashed() == 0 ? "" : " (" + count(access.trashed(), "item") + " in the trash"
                    + " do" + (access.trashed() == 1 ? "es" : "") + " not count)";
            return personal ? "This personal token sees what you can see, and that is no pages or databases yet"
                    + trash + "." : "Your integration can't see any pages or databases yet" + trash + ".";
        }
        String atLeast = access.complete() ? "" : "at least ";
        String counts = atLeast + count(access.pages(), "page") + " and " + count(access.databases(), "database");
        List<String> sample = access.sampleTitles(5);
        String who = personal ? "This personal token sees what you can see: " : "Your integration can see ";
        if (sample.isEmpty()) {
            return who + counts + ".";
        }
        boolean more = access.items().size() > sample.size();
        return who + counts + ": " + String.join(", ", sample.stream().map(TerminalText::quoted).toList())
                + (more ? ", \u2026" : "");
    }

    /** The one line of what to do when nothing is visible. */
    public static String whatToDo(CredentialKind kind) {
        return kind == CredentialKind.PERSONAL ? PERSONAL_NOTHING : HOW_TO_SHARE;
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
