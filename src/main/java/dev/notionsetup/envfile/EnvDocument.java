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
     * This document with {@code key} set to {@code value}: every line assigning the key, in any form some
     * major reader accepts, gets the new value (so readers that take the first and readers that take the last
     * assignment agree). One plain line is appended when none does, and also when some reader might still
     * read an old value after the last edited line (see {@link #needsPlainLastAssignment}). Throws
     * IllegalArgumentException when the key is not a portable name or the value has no form all readers
     * agree on (see {@link DotenvQuoting}), and {@link Unsafe} when no edit makes the readers agree; the
     * messages never hold a value.
     */
    EnvDocument withValue(String key, String value) {
        requireWritableKey(key);
        String encoded = DotenvQuoting.quote(Objects.requireNonNull(value, "value"))
                .orElseThrow(() -> new IllegalArgumentException("the value for " + key + " cannot be written portably"));
        if (!assigns(key)) {
            return append(key, value, encoded);
        }
        List<EnvLine> edited = new ArrayList<>(lines.size());
        int physicalLine = 1;
        for (EnvLine line : lines) {
            if (line.assigns(key)) {
                requireOwnLinesOnly(line, physicalLine);
                edited.add(replaceValue(line, value, encoded));
            } else {
                edited.add(line);
            }
            physicalLine += lineBreaks(line.text()) + (line.ending().isEmpty() ? 0 : 1);
        }
        EnvDocument document = new EnvDocument(byteOrderMark, edited);
        return document.needsPlainLastAssignment(key) ? document.append(key, value, encoded) : document;
    }

    /**
     * This document without any line assigning {@code key}; every other line is kept as it is. Throws
     * {@link Unsafe} when a line that assigns it spans lines that read as assignments of their own (removing
     * them loses keys for some readers), or when some reader could still read the key afterwards (a line
     * inside another quoted value that reads as its assignment): the messages never hold a value.
     */
    EnvDocument without(String key) {
        requireWritableKey(key);
        List<EnvLine> kept = new ArrayList<>(lines.size());
        int physicalLine = 1;
        for (EnvLine line : lines) {
            if (line.assigns(key)) {
                requireOwnLinesOnly(line, physicalLine);
            } else {
                kept.add(line);
            }
            physicalLine += lineBreaks(line.text()) + (line.ending().isEmpty() ? 0 : 1);
        }
        // A byte-order mark goes with the first line when that line goes: python-dotenv keeps the mark in the
        // first key's name, so left in place it would rename the key on the line that becomes first.
        boolean firstLineGone = !lines.isEmpty() && lines.get(0).assigns(key);
        EnvDocument document = new EnvDocument(byteOrderMark && !firstLineGone, kept);
        physicalLine = 1;
        for (String physical : document.renderBody().split("\r\n|\n|\r", -1)) {
            if (EnvParser.keyOfPhysicalLine(physical).filter(key::equals).isPresent()) {
                throw new Unsafe(physicalLine, "it is inside another quoted value, where some dotenv readers"
                        + " would still read it");
            }
            physicalLine++;
        }
        return document;
    }

    /**
     * The key's edit cannot make all readers agree: raised before anything is written, naming the line by
     * its number (1 for the first line), never by its content.
     */
    static final class Unsafe extends RuntimeException {
        private final int lineNumber;

        Unsafe(int lineNumber, String reason) {
            super(reason, null, false, false);
            this.lineNumber = lineNumber;
        }

        int lineNumber() {
            return lineNumber;
        }
    }

    /**
     * A quoted value of the key that spans lines replaces those lines. When one of them reads as an
     * assignment on its own (most often a quote left open by mistake, with the next keys after it), some
     * readers take those lines as keys of their own and some as the value: replacing them loses a key for
     * the first, keeping them changes a value for the second.
     */
    private static void requireOwnLinesOnly(EnvLine line, int physicalLine) {
        String[] physical = line.text().split("\r\n|\n|\r", -1);
        for (int i = 1; i < physical.length; i++) {
            if (EnvParser.keyOfPhysicalLine(physical[i]).isPresent()) {
                throw new Unsafe(physicalLine, "its quoted value spans the lines up to line "
                        + (physicalLine + physical.length - 1) + ", and line " + (physicalLine + i)
                        + " in it reads as an assignment of its own");
            }
        }
    }

    /**
     * Whether some reader could still read an old value (or none) after the edit, so a plain assignment must
     * be added at the end, where every reader sees it last. That is the case unless the last line any reader
     * could take for an assignment of the key is an edited plain line that every reader reaches as a line of
     * its own: not the first line after a byte-order mark (python-dotenv 1.2 reads the mark as part of the
     * key), not after a lone CR (compose does not end lines there), and not inside a quote that some readers
     * close and others do not ({@link EnvLine#disputedUntil()}). Lines inside a backtick value count as
     * assignments here: Python's dotenv and godotenv do not know backticks and read them line by line.
     */
    private boolean needsPlainLastAssignment(String key) {
        int lastSeenByAll = -1;
        int lastMaybeSeen = -1;
        int disputedUntil = -1;
        String previousEnding = "\n";
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            EnvLine line = lines.get(i);
            boolean plainAssignment = line.assigns(key) && line.assignment().orElseThrow().plain();
            if (plainAssignment && offset > disputedUntil && !(i == 0 && byteOrderMark) && !previousEnding.equals("\r")) {
                lastSeenByAll = offset;
            }
            int physicalStart = offset;
            for (String physical : line.text().split("\r\n|\n|\r", -1)) {
                if (EnvParser.keyOfPhysicalLine(physical).filter(key::equals).isPresent()) {
                    lastMaybeSeen = physicalStart;
                }
                physicalStart += physical.length() + 1; // the break's length does not matter, only the order
            }
            if (line.disputedUntil() > 0) {
                disputedUntil = Math.max(disputedUntil, offset + line.disputedUntil());
            }
            previousEnding = line.ending();
            offset += line.text().length() + line.ending().length();
        }
        return lastSeenByAll < 0 || lastMaybeSeen != lastSeenByAll;
    }

    private static int lineBreaks(String text) {
        return text.split("\r\n|\n|\r", -1).length - 1;
    }

    private EnvDocument append(String key, String value, String encoded) {
        String ending = dominantLineEnding();
        if (ending.equals("\r")) {
            // docker compose ends lines at LF only: a line after a lone CR would be glued to the one before.
            ending = "\r\n";
        }
        List<EnvLine> appended = new ArrayList<>(lines);
        if (byteOrderMark && appended.isEmpty()) {
            // python-dotenv 1.2 would read the mark as the first character of a key on the first line.
            appended.add(EnvLine.other("", ending));
        }
        int last = appended.size() - 1;
        if (last >= 0 && (appended.get(last).ending().isEmpty() || appended.get(last).ending().equals("\r"))) {
            // Without this the new assignment would be glued to the end of the last line (for compose, after
            // a lone CR too); "\r" becomes "\r\n", which every reader reads as the same single line end.
            appended.set(last, appended.get(last).withEnding(appended.get(last).ending().isEmpty() ? ending : "\r\n"));
        }
        String prefix = usesExportEverywhere() ? "export " : "";
        String text = prefix + key + "=" + encoded;
        EnvAssignment assignment = new EnvAssignment(key, value, !prefix.isEmpty(),
                text.length() - encoded.length(), text.length());
        appended.add(new EnvLine(text, ending, Optional.of(assignment)));
        return new EnvDocument(byteOrderMark, appended);
    }

    /**
     * Keeps everything around the old value: indentation, export, key, spacing, and a trailing comment.
     * With a comment kept, a quoted value stays quoted, and an unquoted one gets quotes when the comment
     * would otherwise be read into it: compose reads a tab before the {@code #} and what follows, and
     * godotenv 1.5 a comment holding a second {@code #}, as part of an unquoted value, while every reader
     * ends a quoted value at its quote.
     */
    private static EnvLine replaceValue(EnvLine line, String value, String encoded) {
        EnvAssignment old = line.assignment().orElseThrow();
        String text = line.text();
        String tail = keptTail(text.substring(old.valueEnd()));
        String newValue = encoded;
        int hash = tail.indexOf('#');
        if (hash >= 0) {
            boolean wasQuoted = old.valueEnd() - old.valueStart() >= 2 && "\"'`".indexOf(text.charAt(old.valueStart())) >= 0
                    && text.charAt(old.valueEnd() - 1) == text.charAt(old.valueStart());
            boolean commentReadIntoValue = tail.substring(0, hash).indexOf('\t') >= 0 || tail.indexOf('#', hash + 1) >= 0;
            if (newValue.isEmpty() || DotenvQuoting.isBare(newValue) && (wasQuoted || commentReadIntoValue)) {
                newValue = '"' + newValue + '"';
            }
            if (!EnvParser.isBlank(tail.charAt(0))) {
                tail = " " + tail;
            }
        }
        String head = text.substring(0, old.valueStart());
        String newText = head + newValue + tail;
        EnvAssignment assignment = new EnvAssignment(old.key(), value, old.exported(),
                head.length(), head.length() + newValue.length(), old.plain());
        return new EnvLine(newText, line.ending(), Optional.of(assignment));
    }

    /**
     * What follows a value is kept when it is blanks and an optional comment (the parser ends a quoted value
     * only where that is so, and an unquoted one before its comment).
     */
    private static String keptTail(String tail) {
        int i = 0;
        while (i < tail.length() && EnvParser.isBlank(tail.charAt(i))) {
            i++;
        }
        return i == tail.length() || tail.charAt(i) == '#' ? tail : "";
    }

    /** A file written for shells ("export A=1" throughout) gets its new lines in the same style. */
    private boolean usesExportEverywhere() {
        List<EnvAssignment> assignments = lines.stream().flatMap(l -> l.assignment().stream()).toList();
        return !assignments.isEmpty() && assignments.stream().allMatch(EnvAssignment::exported);
    }

    /** The line ending most lines use (LF on a tie or when there is none), for the lines we add. */
    String dominantLineEnding() {
        String text = renderBody();
        int crlf = occurrences(text, "\r\n");
        int lf = occurrences(text, "\n") - crlf;
        int cr = occurrences(text, "\r") - crlf;
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf && cr > crlf ? "\r" : "\n";
    }

    private static int occurrences(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
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
