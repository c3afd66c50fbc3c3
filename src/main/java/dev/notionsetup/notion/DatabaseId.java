package dev.notionsetup.notion;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a Notion database id in what a user pastes: a bare id (32 hex characters, or the dashed UUID form) or
 * a Notion URL such as {@code https://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f?v=…}.
 *
 * <p>In a URL only the last path segment counts: its trailing id is the database. The query is ignored on
 * purpose — {@code v=} is a view of the database and {@code p=} a page opened on top of it, and neither is
 * the id users need as {@code NOTION_DATABASE_ID}. The fragment ({@code #…}, a block anchor) is ignored too.
 * Hosts are notion.so, notion.site and notion.com, with any subdomain.
 */
public final class DatabaseId {
    private static final Pattern BARE = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern DASHED =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** An id at the end of a path segment, alone or after a title slug ("Tasks-…"). */
    private static final Pattern TRAILING_ID = Pattern.compile(
            "(?:^|-)([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");
    private static final Pattern SCHEME = Pattern.compile("^(https?|notion)://", Pattern.CASE_INSENSITIVE);

    private DatabaseId() {
    }

    /** The undashed, lowercase 32-hex id, or empty when the text holds no recognisable database id. */
    public static Optional<String> parse(String urlOrId) {
        if (urlOrId == null) {
            return Optional.empty();
        }
        String text = unwrap(urlOrId.strip());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> bare = normalize(text);
        if (bare.isPresent()) {
            return bare;
        }
        return fromUrl(text);
    }

    /** A bare id in either form, normalized to 32 lowercase hex; empty for anything else. */
    public static Optional<String> normalize(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String lower = id.strip().toLowerCase(Locale.ROOT);
        if (BARE.matcher(lower).matches()) {
            return Optional.of(lower);
        }
        if (DASHED.matcher(lower).matches()) {
            return Optional.of(lower.replace("-", ""));
        }
        return Optional.empty();
    }

    /**
     * {@code id} itself when it is already in the normalized form (32 lowercase hex); for the values that carry
     * an id, so that none can hold anything else, whoever makes it.
     */
    public static String requireNormalized(String id) {
        if (id == null || !BARE.matcher(id).matches()) {
            throw new IllegalArgumentException("not a normalized Notion id");
        }
        return id;
    }

    /** "8-4-4-4-12" form of a 32-hex id, as Notion shows ids in API answers. */
    public static String dashed(String id) {
        String n = normalize(id).orElseThrow(() -> new IllegalArgumentException("not a Notion id"));
        return n.substring(0, 8) + "-" + n.substring(8, 12) + "-" + n.substring(12, 16) + "-"
                + n.substring(16, 20) + "-" + n.substring(20);
    }

    private static String unwrap(String text) {
        String t = text;
        boolean changed = true;
        while (changed && t.length() >= 2) {
            char first = t.charAt(0);
            char last = t.charAt(t.length() - 1);
            changed = (first == '"' && last == '"') || (first == '\'' && last == '\'')
                    || (first == '`' && last == '`') || (first == '<' && last == '>')
                    || (first == '(' && last == ')');
            if (changed) {
                t = t.substring(1, t.length() - 1).strip();
            }
        }
        return t;
    }

    private static Optional<String> fromUrl(String text) {
        String rest = text;
        Matcher scheme = SCHEME.matcher(rest);
        if (scheme.find()) {
            rest = rest.substring(scheme.end());
        }
        rest = cutAt(cutAt(rest, '#'), '?');
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        if (!isNotionHost(host) || slash < 0) {
            return Optional.empty();
        }
        String[] segments = rest.substring(slash + 1).split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty()) {
                Matcher id = TRAILING_ID.matcher(segments[i].toLowerCase(Locale.ROOT));
                return id.find() ? normalize(id.group(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isNotionHost(String hostAndPort) {
        String host = hostAndPort.contains(":") ? hostAndPort.substring(0, hostAndPort.indexOf(':')) : hostAndPort;
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String domain : new String[] {"notion.so", "notion.site", "notion.com"}) {
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    private static String cutAt(String text, char c) {
        int i = text.indexOf(c);
        return i < 0 ? text : text.substring(0, i);
    }
}
