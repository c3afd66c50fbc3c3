package dev.notionsetup.envfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The contents of a .env file as an editable, immutable value. Editing changes only the characters of the
 * values being set (or adds lines at the end); rendering an unedited document gives back the text it was
 * parsed from, byte-order mark, line endings and missing final newline included.
 */
final class EnvDocument {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Names every reader, shells included, accepts as variables; we only ever write such keys. */
    private static final Pattern WRITABLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final boolean byteOrderMark;
    private final List<EnvLine> lines;

    private EnvDocument(boolean byteOrderMark, List<EnvLine> lines) {
        this.byteOrderMark = byteOrderMark;
        this.lines = List.copyOf(lines);
    }

    static EnvDocument parse(String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK;
        return new EnvDocument(bom, EnvParser.parse(bom ? text.substring(1) : text));
    }

    static EnvDocument empty() {
        return new EnvDocument(false, List.of());
    }

    /** Throws IllegalArgumentException unless {@code key} is a portable variable name (letters, digits, _). */
    static String requireWritableKey(String key) {
        Objects.requireNonNull(key, "key");
        if (!WRITABLE_KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a variable name: " + key);
        }
        return key;
    }

    List<EnvLine> lines() {
        return lines;
    }

    boolean hasByteOrderMark() {
        return byteOrderMark;
    }

    /** The value the last assignment of {@code key} gives, as dotenv readers (last one wins) see it. */
    Optional<String> get(String key) {
        Optional<String> value = Optional.empty();
        for (EnvLine line : lines) {
            if (line.assigns(key)) {
                value = line.assignment().map(EnvAssignment::value);
            }
        }
        return value;
    }

    /** Every key with the value its last assignment gives, in order of first appearance. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (EnvLine line : lines) {
            line.assignment().ifPresent(a -> values.put(a.key(), a.value()));
        }
        return values;
    }

    boolean assigns(String key) {
        return lines.stream().anyMatch(line -> line.assigns(key));
    }

    /**
     * This document with {@code key} set to {@code value}: every line assigning the key gets the new value
     * (so readers that take the first and readers that take the last assignment agree), or, when none does,
     * one line is appended. Throws IllegalArgumentException when the key is not a portable name or the
     * value has no form all readers agree on (see {@link DotenvQuoting}); the message never holds the value.
     */
    EnvDocument withValue(String key, String value) {
        requireWritableKey(key);
        String encoded = DotenvQuoting.quote(Objects.requireNonNull(value, "value"))
                .orElseThrow(() -> new IllegalArgumentException("the value for " + key + " cannot be written portably"));
        if (assigns(key)) {
            List<EnvLine> edited = new ArrayList<>(lines.size());
            for (EnvLine line : lines) {
                edited.add(line.assigns(key) ? replaceValue(line, value, encoded) : line);
            }
            return new EnvDocument(byteOrderMark, edited);
        }
        return append(key, value, encoded);
    }

    private EnvDocument append(String key, String value, String encoded) {
        String ending = dominantLineEnding();
        List<EnvLine> appended = new ArrayList<>(lines);
        int last = appended.size() - 1;
        if (last >= 0 && appended.get(last).ending().isEmpty()) {
            // Without this the new assignment would be glued to the end of the last line.
            appended.set(last, appended.get(last).withEnding(ending));
        }
        String prefix = usesExportEverywhere() ? "export " : "";
        String text = prefix + key + "=" + encoded;
        EnvAssignment assignment = new EnvAssignment(key, value, !prefix.isEmpty(),
                text.length() - encoded.length(), text.length());
        appended.add(new EnvLine(text, ending, Optional.of(assignment)));
        return new EnvDocument(byteOrderMark, appended);
    }

    /** Keeps everything around the old value: indentation, export, key, spacing, and a trailing comment. */
    private static EnvLine replaceValue(EnvLine line, String value, String encoded) {
        EnvAssignment old = line.assignment().orElseThrow();
        String text = line.text();
        String tail = keptTail(text.substring(old.valueEnd()));
        String newValue = encoded;
        if (tail.indexOf('#') >= 0) {
            // A comment follows: "KEY= # c" reads as "# c" in Python, so an empty value needs its quotes,
            // and "KEY=x#c" would make "#c" part of the value, so the comment needs a blank before it.
            if (newValue.isEmpty()) {
                newValue = "\"\"";
            }
            if (!isBlank(tail.charAt(0))) {
                tail = " " + tail;
            }
        }
        String head = text.substring(0, old.valueStart());
        String newText = head + newValue + tail;
        EnvAssignment assignment = new EnvAssignment(old.key(), value, old.exported(),
                head.length(), head.length() + newValue.length());
        return new EnvLine(newText, line.ending(), Optional.of(assignment));
    }

    /**
     * What follows a quoted value is kept when it is blanks and an optional comment; anything else (as in
     * {@code "a"b}) readers treat inconsistently, and it would merge into an unquoted new value, so it goes.
     */
    private static String keptTail(String tail) {
        int i = 0;
        while (i < tail.length() && isBlank(tail.charAt(i))) {
            i++;
        }
        return i == tail.length() || tail.charAt(i) == '#' ? tail : "";
    }

    /** The blanks the parser recognises around values and before comments. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** A file written for shells ("export A=1" throughout) gets its new lines in the same style. */
    private boolean usesExportEverywhere() {
        List<EnvAssignment> assignments = lines.stream().flatMap(l -> l.assignment().stream()).toList();
        return !assignments.isEmpty() && assignments.stream().allMatch(EnvAssignment::exported);
    }

    /** The line ending most lines use (LF on a tie or when there is none), for the lines we add. */
    String dominantLineEnding() {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        String text = renderBody();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf && cr > crlf ? "\r" : "\n";
    }

    String render() {
        return (byteOrderMark ? String.valueOf(BYTE_ORDER_MARK) : "") + renderBody();
    }

    private String renderBody() {
        StringBuilder out = new StringBuilder();
        for (EnvLine line : lines) {
            out.append(line.text()).append(line.ending());
        }
        return out.toString();
    }
}
