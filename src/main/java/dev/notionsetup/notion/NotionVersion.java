package dev.notionsetup.notion;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;

import java.util.regex.Pattern;

/** A Notion-Version header value. Only the shape (a date) is checked here; Notion itself names the valid ones. */
public record NotionVersion(String value) {
    // DATE must be initialized before DEFAULT: static fields initialize in order, and the constructor uses it.
    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");
    public static final NotionVersion DEFAULT = new NotionVersion("2022-06-28");

    public NotionVersion {
        if (value == null || !DATE.matcher(value).matches()) {
            throw new UserError("Notion version '" + (value == null ? "" : value.strip()) + "' is not a date.",
                    "Use a dated version such as 2022-06-28 (the default) or 2025-09-03.", ExitCode.USAGE);
        }
    }

    public static NotionVersion parse(String value) {
        return value == null ? DEFAULT : new NotionVersion(value.strip());
    }

    /** From 2025-09-03 on, databases are listed as data sources in search filters. */
    public boolean usesDataSources() {
        return value.compareTo("2025-09-03") >= 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
