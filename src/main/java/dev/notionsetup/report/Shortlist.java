package dev.notionsetup.report;

import java.util.List;

/**
 * The first few of a list of Notion's things, for a menu or a message. A workspace can hold thousands of
 * databases, and a database thousands of data sources; every list we show is cut here, the same way, and
 * says how many more there are, so the way to name one that is not shown (a pasted id, --data-source) can
 * go with it.
 */
public record Shortlist<T>(List<T> shown, int more) {
    /** As many as a numbered menu shows with one digit each. */
    public static final int SHOWN = 9;

    public Shortlist {
        shown = List.copyOf(shown);
    }

    public static <T> Shortlist<T> of(List<T> all) {
        int shown = Math.min(SHOWN, all.size());
        return new Shortlist<>(all.subList(0, shown), all.size() - shown);
    }

    /** ", … and 7991 more" when some are not shown, else "". */
    public String andMore() {
        return more == 0 ? "" : ", \u2026 and " + more + " more";
    }
}
