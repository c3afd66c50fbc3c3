package dev.notionsetup.envfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits .env text into {@link EnvLine}s without losing a character, and reads each assignment the way the
 * common dotenv readers (Node's and Python's dotenv, dotenvx, docker compose, godotenv) do where they agree:
 * <ul>
 *   <li>{@code [export ]KEY=value}, with optional blanks around the key and the {@code =};</li>
 *   <li>unquoted values end at the line end or at a {@code #} preceded by a space or tab, and are trimmed;</li>
 *   <li>{@code '...'}, {@code "..."} and {@code `...`} may span lines; a backslash-quote does not close them;</li>
 *   <li>inside double quotes {@code \n \r \t \" \\} are unescaped; single quotes and backticks are literal;</li>
 *   <li>a quote that is not closed at the end of a line (never closed, or closed with more text after it)
 *       makes the value unquoted, to the end of its own line, as Node's dotenv reads it.</li>
 * </ul>
 * It also finds the assignments only some readers accept, so that an edit does not leave an old value that
 * one of them reads: {@code KEY: value} (Node, dotenvx, compose, godotenv), and any Unicode blank (a
 * non-breaking space, {@code \v}, {@code \f}) where a space may be. Those are marked not
 * {@link EnvAssignment#plain() plain}. Anything else (comments, blank lines, lines without {@code =}) is kept
 * verbatim and assigns nothing.
 */
final class EnvParser {
    /**
     * What Node's dotenv ({@code \s} in JavaScript) or Python's dotenv ({@code \s} in Python) skip around a
     * key and its {@code =}, line breaks aside; a line using any but space and tab is not plain.
     */
    static final String ANY_BLANK =
            "[ \\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000\\u0085\\x1C-\\x1F\\uFEFF]";
    /** Keys as Node's dotenv and dotenv-java accept them; a line whose key does not match assigns nothing. */
    static final Pattern ASSIGNMENT_HEAD = Pattern.compile(ANY_BLANK + "*(export" + ANY_BLANK + "+)?([A-Za-z0-9_.-]+)"
            + "(?:" + ANY_BLANK + "*=|" + ANY_BLANK + "*:(?=" + ANY_BLANK + "))" + ANY_BLANK + "*");
    /** The form every reader takes as an assignment. */
    private static final Pattern PLAIN_HEAD = Pattern.compile("[ \\t]*(export[ \\t]+)?[A-Za-z0-9_.-]+[ \\t]*=[ \\t]*");
    private static final Pattern BLANKS_AND_COMMENT = Pattern.compile(ANY_BLANK + "*(#.*)?");

    private final String text;
    /**
     * Where a search for a closing quote already failed, per quote character: a later search for the same
     * quote fails too (it would pass the same characters in the same escape state), so a file full of
     * unclosed quotes is parsed in linear time instead of rescanning to the end for each of them.
     */
    private final Map<Character, Integer> noClosingQuoteFrom = new HashMap<>();

    private EnvParser(String text) {
        this.text = text;
    }

    /** The lines of {@code text} (which must not start with a byte-order mark); their concatenation is {@code text}. */
    static List<EnvLine> parse(String text) {
        return new EnvParser(text).lines();
    }

    /** The key a physical line would assign to a reader that reads it on its own, line by line. */
    static Optional<String> keyOfPhysicalLine(String line) {
        Matcher head = ASSIGNMENT_HEAD.matcher(line);
        return head.lookingAt() ? Optional.of(head.group(2)) : Optional.empty();
    }

    private List<EnvLine> lines() {
        List<EnvLine> lines = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            EnvLine line = parseAt(pos, lineEnd(text, pos));
            lines.add(line);
            pos += line.text().length() + line.ending().length();
        }
        return List.copyOf(lines);
    }

    private EnvLine parseAt(int start, int lineEnd) {
        Matcher head = ASSIGNMENT_HEAD.matcher(text).region(start, lineEnd);
        if (!head.lookingAt()) {
            return EnvLine.other(text.substring(start, lineEnd), endingAt(text, lineEnd));
        }
        boolean exported = head.group(1) != null;
        String key = head.group(2);
        int valueStart = head.end();
        boolean plain = PLAIN_HEAD.matcher(text.substring(start, valueStart)).matches();
        char first = valueStart < lineEnd ? text.charAt(valueStart) : '\0';
        int disputedUntil = 0;
        if (first == '"' || first == '\'' || first == '`') {
            int close = closingQuote(valueStart + 1, first);
            if (close >= 0) {
                int end = lineEnd(text, close + 1);
                if (BLANKS_AND_COMMENT.matcher(text).region(close + 1, end).matches()) {
                    String raw = normalizeLineBreaks(text.substring(valueStart + 1, close));
                    String value = first == '"' ? unescapeDoubleQuoted(raw) : raw;
                    EnvAssignment assignment = new EnvAssignment(key, value, exported, valueStart - start,
                            close + 1 - start, plain);
                    return new EnvLine(text.substring(start, end), endingAt(text, end), Optional.of(assignment));
                }
                if (close > lineEnd && first != '`') {
                    // Node reads the rest of this line unquoted; Python's dotenv reads up to that later quote.
                    // (Backticks are no quotes to Python's dotenv, and Node gives up on them the same way.)
                    disputedUntil = close - start;
                }
            }
        }
        int valueEnd = unquotedValueEnd(text, valueStart, lineEnd);
        EnvAssignment assignment = new EnvAssignment(key, text.substring(valueStart, valueEnd), exported,
                valueStart - start, valueEnd - start, plain);
        return new EnvLine(text.substring(start, lineEnd), endingAt(text, lineEnd), Optional.of(assignment), disputedUntil);
    }

    /** Where an unquoted value stops: before a " #" comment and before trailing spaces and tabs. */
    private static int unquotedValueEnd(String text, int valueStart, int lineEnd) {
        int end = lineEnd;
        for (int i = valueStart; i < lineEnd; i++) {
            // The character before valueStart is the '=' or the blank after it, so "KEY= #x" is an empty value.
            if (text.charAt(i) == '#' && isBlank(text.charAt(i - 1))) {
                end = i;
                break;
            }
        }
        while (end > valueStart && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Index of the quote closing a value opened just before {@code from}, or -1 when it is never closed. */
    private int closingQuote(int from, char quote) {
        if (from >= noClosingQuoteFrom.getOrDefault(quote, Integer.MAX_VALUE)) {
            return -1;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++; // an escaped character, quote included, never closes the value
            } else if (c == quote) {
                return i;
            }
        }
        noClosingQuoteFrom.put(quote, from);
        return -1;
    }

    private static String unescapeDoubleQuoted(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                String replacement = switch (next) {
                    case 'n' -> "\n";
                    case 'r' -> "\r";
                    case 't' -> "\t";
                    case '"' -> "\"";
                    case '\\' -> "\\";
                    default -> null;
                };
                if (replacement != null) {
                    out.append(replacement);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Readers see line breaks inside a quoted value as "\n" whatever the file uses. */
    private static String normalizeLineBreaks(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The blanks every reader recognises around values and before comments. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Index of the first line-break character at or after {@code from}, or the text length. */
    static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The line break starting at {@code at}: "\r\n", "\n", "\r", or "" at the end of the text. */
    static String endingAt(String text, int at) {
        if (at >= text.length()) {
            return "";
        }
        if (text.charAt(at) == '\r') {
            return at + 1 < text.length() && text.charAt(at + 1) == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }
}
