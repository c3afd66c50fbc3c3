package dev.notionsetup.notion;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Notion-Version header value. Only the shape (a date) is checked here; Notion itself names the valid ones,
 * so a date we do not know is used as given (Notion may have released it after us) with a warning.
 */
public record NotionVersion(String value) {
    // DATE must be initialized before DEFAULT: static fields initialize in order, and the constructor uses it.
    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
    /** The versions Notion has published, as far as this tool knows (design.md §4). */
    public static final List<String> KNOWN = List.of("2021-05-11", "2021-05-13", "2021-08-16", "2022-02-22",
            "2022-06-28", "2025-09-03", "2026-03-11");
    public static final NotionVersion DEFAULT = new NotionVersion("2022-06-28");
    /** The first version with data sources: databases hold them, queries go to them. */
    public static final NotionVersion DATA_SOURCES = new NotionVersion("2025-09-03");

    public NotionVersion {
        if (value == null || !DATE.matcher(value).matches()) {
            throw new UserError("Notion version '" + (value == null ? "" : value.strip()) + "' is not a date.",
                    "Use a dated version such as 2022-06-28 (the default), 2025-09-03 or 2026-03-11.",
                    ExitCode.USAGE);
        }
    }

    public static NotionVersion parse(String value) {
        return value == null ? DEFAULT : new NotionVersion(value.strip());
    }

    /** From 2025-09-03 on, databases hold data sources: search lists them, queries go to them. */
    public boolean usesDataSources() {
        return value.compareTo(DATA_SOURCES.value) >= 0;
    }

    /** The later of this version and {@code other}. */
    public NotionVersion atLeast(NotionVersion other) {
        return value.compareTo(other.value) >= 0 ? this : other;
    }

    /**
     * A warning for a date this tool does not know: a later one may be a version released after this tool
     * (it is used as given); an earlier one is most likely a typo, which Notion will answer with a 400.
     */
    public Optional<String> warning() {
        if (KNOWN.contains(value)) {
            return Optional.empty();
        }
        String latest = KNOWN.get(KNOWN.size() - 1);
        if (value.compareTo(latest) > 0) {
            return Optional.of("Notion-Version " + value + " is newer than the versions this tool knows (latest "
                    + latest + "); using it as given.");
        }
        return Optional.of("Notion-Version " + value + " is not one Notion has published as far as this tool knows ("
                + String.join(", ", KNOWN) + "); using it as given, Notion will say if it is wrong.");
    }

    @Override
    public String toString() {
        return value;
    }
}
