package dev.notionsetup.term;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Map;

/**
 * Plain ASCII for a terminal whose character set cannot show our symbols (no locale, LANG=C or POSIX).
 * Java's encoder would print each of them as '?', which reads as a question ("? A Notion account") or
 * garbles a masked token ("ntn_?7777"); these stand-ins keep the meaning.
 */
public final class AsciiFallback {
    private static final Map<Character, String> STAND_INS = Map.ofEntries(
            Map.entry('\u2714', "[ok]"), // heavy check mark
            Map.entry('\u2716', "x"),    // heavy multiplication x
            Map.entry('\u2022', "-"),    // bullet
            Map.entry('\u00b7', "-"),    // middle dot
            Map.entry('\u2026', "..."),  // ellipsis
            Map.entry('\u2192', "->"),   // rightwards arrow
            Map.entry('\u2013', "-"),    // en dash
            Map.entry('\u2014', "-"),    // em dash
            Map.entry('\u2018', "'"),
            Map.entry('\u2019', "'"),
            Map.entry('\u201c', "\""),
            Map.entry('\u201d', "\""),
            Map.entry('\u00ab', "\""),
            Map.entry('\u00bb', "\""),
            Map.entry('\u00a0', " "));

    /** What stands for a character that has no ASCII look-alike (CJK, emoji): visibly a placeholder, not '?'. */
    static final String UNKNOWN = "_";

    private AsciiFallback() {
    }

    /**
     * Set (to true) by the launchers when they start the JVM in C.UTF-8 in place of the user's POSIX locale: Java
     * needs UTF-8 to read non-ASCII file names right, but the user's terminal still shows only ASCII.
     */
    public static final String ASCII_TERMINAL_PROPERTY = "notionsetup.asciiTerminal";

    /** Whether the terminal, written to in {@code charset}, needs the stand-ins; the launchers' word counts. */
    public static boolean needed(Charset charset) {
        return needed(charset, Boolean.getBoolean(ASCII_TERMINAL_PROPERTY));
    }

    /**
     * Whether text written in {@code charset} cannot show our symbols (UTF-8 can; US-ASCII, from no locale,
     * cannot), or the launcher said the user's own locale had no UTF-8 ({@code launcherSaysAscii}).
     */
    static boolean needed(Charset charset, boolean launcherSaysAscii) {
        return launcherSaysAscii || !charset.newEncoder().canEncode("\u2714\u2716\u2022\u2026\u2192\u00b7");
    }

    /** {@code text} with every non-ASCII character replaced: a stand-in, the letter without its accent, or "_". */
    public static String of(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
                continue;
            }
            String standIn = cp <= 0xffff ? STAND_INS.get((char) cp) : null;
            if (standIn != null) {
                out.append(standIn);
                continue;
            }
            // "é" is "e" plus a combining accent once decomposed: keep the letter.
            String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            out.append(!base.isEmpty() && base.chars().allMatch(c -> c < 0x80) ? base : UNKNOWN);
        }
        return out.toString();
    }

    /** A writer that passes everything through {@link #of} before it reaches {@code target}. */
    public static PrintWriter writer(Writer target) {
        return new PrintWriter(new FilterWriter(target) {
            @Override
            public void write(int c) throws IOException {
                write(String.valueOf((char) c));
            }

            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                write(new String(chars, off, len));
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                out.write(of(s.substring(off, off + len)));
            }
        }, true);
    }
}
