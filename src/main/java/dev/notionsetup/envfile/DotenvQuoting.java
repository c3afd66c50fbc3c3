package dev.notionsetup.envfile;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a value must be written so that Node's dotenv, Python's dotenv, docker compose and a shell running
 * {@code set -a; . ./.env} all read back exactly that value. The readers disagree on escapes, on {@code #}
 * without a space before it and on {@code $} expansion, so the form is chosen to avoid all three:
 * <ol>
 *   <li>bare, when every character is one none of them treats specially (Notion tokens always are);</li>
 *   <li>{@code "..."}, when there is no {@code "}, {@code \}, {@code $} or backtick (no escapes, no expansion);</li>
 *   <li>{@code '...'}, when there is no {@code '}, no {@code \\} and no trailing {@code \}
 *       (Python and compose would treat those as escapes, the others would not);</li>
 *   <li>otherwise, and for line breaks and control characters, there is no form they agree on.</li>
 * </ol>
 * Double quotes come before single ones because more readers (dotenv-java too) strip them.
 */
final class DotenvQuoting {
    /** No blanks (trimmed), no '#' (comment), no quotes, no $ ` \ (expansion, escapes), no shell metacharacters. */
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_./:@%+,=-]*");

    private DotenvQuoting() {
    }

    /** The text to put after {@code KEY=}, or empty when no form is read identically by all those readers. */
    static Optional<String> quote(String value) {
        // Line breaks would split the line for some readers; other control characters are never intended.
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
            return Optional.empty();
        }
        if (isBare(value)) {
            return Optional.of(value);
        }
        if (value.chars().noneMatch(c -> "\"\\$`".indexOf(c) >= 0)) {
            return Optional.of('"' + value + '"');
        }
        if (value.indexOf('\'') < 0 && !value.contains("\\\\") && !value.endsWith("\\")) {
            return Optional.of('\'' + value + '\'');
        }
        return Optional.empty();
    }

    /** Whether {@code encoded} (a result of {@link #quote}) is written without quotes. */
    static boolean isBare(String encoded) {
        return BARE.matcher(encoded).matches();
    }

    static boolean canWrite(String value) {
        return quote(value).isPresent();
    }
}
