package dev.notionsetup.notion;

/**
 * Makes text safe to print in a terminal. A name like {@code "\u001b[2K\rToken verified"} must not be able
 * to erase our line and fake output, recolour the terminal, set the window title (OSC), or reorder what
 * follows (bidi overrides).
 *
 * <p>Removed: ESC sequences (CSI, OSC, DCS and other string sequences, two-character escapes), their 8-bit
 * C1 forms, every other control character, bidi embedding/override/isolate marks and other invisible format
 * characters (except the zero-width joiner and non-joiner that emoji and some scripts need), and lone
 * surrogates. Line breaks, tabs and every other Unicode space (U+3000, U+00A0, U+2000-U+200A, ...) become an
 * ASCII space.
 *
 * <p>Two uses. {@link #sanitize} is for server-supplied text (bot and workspace names, Notion's messages,
 * page titles) as it enters our values: runs of spaces collapse, so 41 ideographic spaces cannot push the
 * rest of a name onto a line of its own, and the length is bounded so a hostile server cannot flood the
 * screen. {@link #forDisplay} is the last step before any line reaches the terminal, whatever the text's
 * source (our own messages, file names, option values, environment variables): it removes the same
 * characters but keeps our own layout (a line's indentation).
 */
public final class TerminalText {
    /** Longest text we show from a server, in code points; Notion's longest messages are well under it. */
    public static final int DEFAULT_MAX_LENGTH = 300;

    /** The longest run of spaces our own output uses to align columns. */
    private static final int LONGEST_LAYOUT_RUN = 16;

    private static final int ESC = 0x1B;
    private static final int BEL = 0x07;
    private static final int C1_CSI = 0x9B;
    private static final int C1_ST = 0x9C;

    private TerminalText() {
    }

    /**
     * A name from a server (a workspace, an integration, a person, a page or database title) as it is shown
     * among our own words: in double quotes, its own quotes and backslashes escaped, so that a name such as
     * {@code ✔ Token saved} reads as the server's text and not as a line of ours.
     */
    public static String quoted(String serverText) {
        return "\"" + serverText.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Sanitized and bounded to {@link #DEFAULT_MAX_LENGTH}; null stays null. */
    public static String sanitize(String text) {
        return sanitize(text, DEFAULT_MAX_LENGTH);
    }

    /** Sanitized and bounded to {@code maxLength} code points (the last one an ellipsis when cut). */
    public static String sanitize(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive");
        }
        if (text == null) {
            return null;
        }
        String cleaned = collapseSpaces(stripControls(text));
        return bound(cleaned, maxLength);
    }

    /**
     * One line of human output made safe for the terminal: controls, escape sequences and invisible format
     * characters removed, every line break and Unicode space turned into an ASCII space, and no length bound.
     * The line's indentation (spaces and tabs) and our own column alignment ("Request id:     …") are kept; a
     * longer run of spaces after the indentation becomes one, because a long run (41 ideographic spaces are 82
     * columns) is how text pushes a fake line of its own onto the next row. Idempotent; null stays null.
     */
    public static String forDisplay(String line) {
        if (line == null) {
            return null;
        }
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        // The indentation is kept as it is, tabs included (a stack trace's "\tat …"): it moves the cursor
        // right and can hide nothing.
        String stripped = stripControls(line.substring(indent));
        StringBuilder out = new StringBuilder(line.length()).append(line, 0, indent);
        int run = 0;
        for (int i = 0; i <= stripped.length(); i++) {
            char c = i < stripped.length() ? stripped.charAt(i) : 0;
            if (c == ' ') {
                run++;
                continue;
            }
            out.append(" ".repeat(run > LONGEST_LAYOUT_RUN ? 1 : run));
            run = 0;
            if (i < stripped.length()) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String stripControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == ESC) {
                i = skipEscape(text, next);
                continue;
            }
            if (c == C1_CSI) {
                i = skipCsi(text, next);
                continue;
            }
            if (isC1StringStart(c)) {
                i = skipString(text, next);
                continue;
            }
            if (isLineBreakOrTab(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (!isInvisible(c)) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out.toString();
    }

    /** {@code from} is just after ESC; returns the index after the whole sequence. */
    private static int skipEscape(String text, int from) {
        if (from >= text.length()) {
            return from;
        }
        char c = text.charAt(from);
        switch (c) {
            case '[':
                return skipCsi(text, from + 1);
            case ']', 'P', 'X', '^', '_':
                return skipString(text, from + 1);
            default:
                break;
        }
        // nF escapes (ESC, intermediates 0x20-0x2F, final) and two-character escapes such as ESC c (reset).
        int i = from;
        while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2F) {
            i++;
        }
        if (i < text.length() && text.charAt(i) >= 0x30 && text.charAt(i) <= 0x7E) {
            i++;
        }
        return i;
    }

    /** Parameters and intermediates up to a final byte 0x40-0x7E; anything else ends the sequence unconsumed. */
    private static int skipCsi(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 0x40 && c <= 0x7E) {
                return i + 1;
            }
            if (c < 0x20 || c > 0x3F) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** OSC/DCS/SOS/PM/APC: everything up to BEL, ESC \ or ST is the sequence's payload and is dropped. */
    private static int skipString(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == BEL || c == C1_ST) {
                return i + 1;
            }
            if (c == ESC) {
                return i + 1 < text.length() && text.charAt(i + 1) == '\\' ? i + 2 : i + 1;
            }
            i++;
        }
        return i;
    }

    private static boolean isC1StringStart(int c) {
        return c == 0x90 || c == 0x98 || c == 0x9D || c == 0x9E || c == 0x9F;
    }

    private static boolean isLineBreakOrTab(int c) {
        return c == '\n' || c == '\r' || c == '\t' || c == 0x0B || c == 0x0C || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    private static boolean isInvisible(int c) {
        if (c == 0x200C || c == 0x200D) {
            return false; // joiners: needed by emoji sequences and several scripts, harmless to a terminal
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }

    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean lastWasSpace = true; // drops leading spaces
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (!lastWasSpace) {
                    out.append(' ');
                }
                lastWasSpace = true;
            } else {
                out.append(c);
                lastWasSpace = false;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    private static String bound(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        int cut = text.offsetByCodePoints(0, maxLength - 1);
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
