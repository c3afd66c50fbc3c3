package dev.notionsetup.notion;

import java.util.List;

/**
 * What the integration can see. {@code complete} is false when there were more results than the few
 * requests we allow ourselves to read; the counts are then lower bounds. Items in the trash are not in
 * {@code items} (search returns them, but nobody can use them); {@code trashed} counts the ones skipped.
 */
public record AccessSummary(List<SharedItem> items, boolean complete, int trashed) {

    public AccessSummary {
        items = List.copyOf(items);
    }

    public AccessSummary(List<SharedItem> items, boolean complete) {
        this(items, complete, 0);
    }

    public long pages() {
        return items.stream().filter(i -> i.kind() == SharedItem.Kind.PAGE).count();
    }

    public long databases() {
        return items.stream().filter(i -> i.kind() == SharedItem.Kind.DATABASE).count();
    }

    public boolean nothingShared() {
        return items.isEmpty();
    }

    public List<SharedItem> databaseItems() {
        return items.stream().filter(i -> i.kind() == SharedItem.Kind.DATABASE).toList();
    }

    /** Up to {@code n} non-empty titles, for "Roadmap, Meeting Notes, …". */
    public List<String> sampleTitles(int n) {
        return items.stream().map(SharedItem::title).filter(t -> t != null && !t.isBlank()).limit(n).toList();
    }
}
