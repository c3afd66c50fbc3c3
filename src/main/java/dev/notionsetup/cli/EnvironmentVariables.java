package dev.notionsetup.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Every environment variable the tool reads, in one list: --help's "Environment:" lines are made from it,
 * and a test holds the table in docs/reference.md to it, so neither can leave one out.
 */
final class EnvironmentVariables {
    /** {@code names}: the variable and its other spellings; {@code note}: a few words for --help, or null. */
    record Variable(List<String> names, boolean validateReadsIt, String note) {
    }

    static final List<Variable> ALL = List.of(
            new Variable(List.of("NOTION_API_KEY"), true, "the token, or --var's name"),
            new Variable(List.of("NOTION_API_TOKEN"), true, "then this one, Notion's CLI's name"),
            new Variable(List.of("NOTION_SETUP_PROFILE"), true, "--profile's default"),
            new Variable(List.of("CI"), false, "any value but 'false': never prompt"),
            new Variable(List.of("NOTION_API_URL", "NOTION_API_BASE_URL"), true, null),
            new Variable(List.of("NOTION_VERSION", "NOTION_API_VERSION"), true, null),
            new Variable(List.of("NO_COLOR"), true, null),
            new Variable(List.of("TERM"), true, "dumb: plain text and plain prompts"),
            new Variable(List.of("LC_ALL", "LC_CTYPE", "LANG"), false, "no UTF-8: ASCII symbols in the wizard"),
            new Variable(List.of("BROWSER"), false, null),
            new Variable(List.of("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"), true, null),
            new Variable(List.of("NO_PROXY", "no_proxy"), true, null));

    private static final int WIDTH = 78;

    private EnvironmentVariables() {
    }

    /** Every name, other spellings included. */
    static List<String> names(boolean forValidate) {
        List<String> names = new ArrayList<>();
        ALL.stream().filter(v -> !forValidate || v.validateReadsIt()).forEach(v -> names.addAll(v.names()));
        return names;
    }

    /** "Environment: NOTION_API_KEY (the token, …), CI (…), …", wrapped for --help with an indent. */
    static String[] helpLines(boolean forValidate) {
        List<String> parts = new ArrayList<>();
        for (Variable v : ALL) {
            if (forValidate && !v.validateReadsIt()) {
                continue;
            }
            // Upper case only: the lower-case proxy spellings are the same variables to a reader of --help.
            String shown = String.join("/", v.names().stream().filter(n -> n.equals(n.toUpperCase())).toList());
            parts.add(shown + (v.note() == null ? "" : " (" + v.note() + ")"));
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("Environment:");
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i) + (i == parts.size() - 1 ? "." : ",");
            if (line.length() + 1 + part.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(" ");
            }
            line.append(' ').append(part);
        }
        lines.add(line.toString());
        return lines.toArray(String[]::new);
    }
}
