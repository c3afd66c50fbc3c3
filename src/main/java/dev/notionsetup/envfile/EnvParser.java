package dev.notionsetup.envfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits .env text into {@link EnvLine}s without losing a character, and reads each assignment the way the
 * common dotenv readers (Node's and Python's dotenv, docker compose) do where they agree:
 * <ul>
 *   <li>{@code [export ]KEY=value}, with optional spaces or tabs around the key and the {@code =};</li>
 *   <li>unquoted values end at the line end or at a {@code #} preceded by a space or tab, and are trimmed;</li>
 *   <li>{@code '...'} and {@code "..."} may span lines; a backslash-quote does not close them;</li>
 *   <li>inside double quotes {@code \n \r \t \" \\} are unescaped; single quotes are literal;</li>
 *   <li>a quote that is never closed makes the value unquoted (rest of the line), as Node's dotenv does.</li>
 * </ul>
 * Anything else (comments, blank lines, lines without {@code =}) is kept verbatim and assigns nothing.
 */
final class EnvParser {
    /** Keys as Node's dotenv and dotenv-java accept them; a line whose key does not match assigns nothing. */
    private static final Pattern ASSIGNMENT_HEAD =
            Pattern.compile("[ \\t]*(export[ \\t]+)?([A-Za-z0-9_.-]+)[ \\t]*=[ \\t]*");

    private final String text;
    /**
     * Where a search for a closing quote already failed: a later search for the same quote fails too (it
     * would pass the same characters in the same escape state), so a file full of unclosed quotes is
     * parsed in linear time instead of rescanning to the end for each of them.
     */
    private int noClosingDoubleQuoteFrom = Integer.MAX_VALUE;
    private int noClosingSingleQuoteFrom = Integer.MAX_VALUE;

    private EnvParser(String text) {
        this.text = text;
    }

    /** The lines of {@code text} (which must not start with a byte-order mark); their concatenation is {@code text}. */
    static List<EnvLine> parse(String text) {
        return new EnvParser(text).lines();
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
        char first = valueStart < lineEnd ? text.charAt(valueStart) : '\0';
        if (first == '"' || first == '\'') {
            int close = closingQuote(valueStart + 1, first);
            if (close >= 0) {
                int end = lineEnd(text, close + 1);
                String raw = normalizeLineBreaks(text.substring(valueStart + 1, close));
                String value = first == '"' ? unescapeDoubleQuoted(raw) : raw;
                EnvAssignment assignment = new EnvAssignment(key, value, exported, valueStart - start, close + 1 - start);
                return new EnvLine(text.substring(start, end), endingAt(text, end), Optional.of(assignment));
            }
        }
        int valueEnd = unquotedValueEnd(text, valueStart, lineEnd);
        EnvAssignment assignment = new EnvAssignment(key, text.substring(valueStart, valueEnd), exported,
                valueStart - start, valueEnd - start);
        return new EnvLine(text.substring(start, lineEnd), endingAt(text, lineEnd), Optional.of(assignment));
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
        int knownUnclosed = quote == '"' ? noClosingDoubleQuoteFrom : noClosingSingleQuoteFrom;
        if (from >= knownUnclosed) {
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
        if (quote == '"') {
            noClosingDoubleQuoteFrom = from;
        } else {
            noClosingSingleQuoteFrom = from;
        }
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

    private static boolean isBlank(char c) {
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
