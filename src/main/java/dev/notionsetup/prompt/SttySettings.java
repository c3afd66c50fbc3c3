package dev.notionsetup.prompt;

import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Size;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import static dev.notionsetup.prompt.RegexClasses.isLineBreak;
import static dev.notionsetup.prompt.RegexClasses.isSpace;
import static dev.notionsetup.prompt.RegexClasses.isWordChar;

/**
 * What {@code stty -a} prints (GNU's, BSD's or busybox's layout), read into JLine's {@link Attributes} and
 * {@link Size} exactly as JLine's exec terminal reads it ({@code ExecPty.doGetAttr} and {@code getSize}), in one
 * pass: JLine compiles a regular expression for every flag and every control character on every read, a noticeable
 * part of the wizard's first screen (docs/performance.md). SttySettingsTest holds the two equal over
 * real outputs and generated ones. Two differences, neither in what stty prints: names are lower-cased in the
 * root locale (JLine's default-locale lower-casing finds no "icanon" under a Turkish locale), and word
 * boundaries next to non-ASCII letters follow JDK 17's {@code \b} (JDK 19 changed it).
 */
final class SttySettings {
    private SttySettings() {
    }

    static Attributes attributes(String output) {
        Map<String, Boolean> flags = firstFlags(output);
        Attributes attributes = new Attributes();
        read(Attributes.InputFlag.values(), flags, attributes::setInputFlag);
        read(Attributes.OutputFlag.values(), flags, attributes::setOutputFlag);
        read(Attributes.ControlFlag.values(), flags, attributes::setControlFlag);
        read(Attributes.LocalFlag.values(), flags, attributes::setLocalFlag);
        for (ControlChar controlChar : ControlChar.values()) {
            String name = controlChar.name().toLowerCase(Locale.ROOT).substring(1);
            String value = controlCharValue(output, name.equals("reprint") ? new String[] {name, "rprnt"}
                    : new String[] {name});
            if (value != null) {
                attributes.setControlChar(controlChar, controlCharCode(value.toUpperCase(Locale.ROOT)));
            }
        }
        return attributes;
    }

    static Size size(String output) {
        return new Size(number(output, "columns"), number(output, "rows"));
    }

    private static <E extends Enum<E>> void read(E[] flags, Map<String, Boolean> found, BiConsumer<E, Boolean> set) {
        for (E flag : flags) {
            Boolean value = found.get(flag.name().toLowerCase(Locale.ROOT));
            if (value != null) {
                set.accept(flag, value);
            }
        }
    }

    /**
     * Every word, with whether it was set ({@code icanon}) or cleared ({@code -icanon}); the first mention wins.
     * JLine takes a flag as a word between white space, semicolons and the ends of the text, with at most one
     * minus sign in front.
     */
    private static Map<String, Boolean> firstFlags(String output) {
        Map<String, Boolean> flags = new HashMap<>();
        int end = output.length();
        if (end > 0 && isLineBreak(output.charAt(end - 1)) && !isSpace(output.charAt(end - 1))) {
            end--; // a word just before a last line break that is not space ends at the end of the text ($)
        }
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || isDelimiter(output.charAt(i))) {
                if (i > start) {
                    String word = output.substring(start, i);
                    boolean cleared = word.charAt(0) == '-';
                    flags.putIfAbsent(cleared ? word.substring(1) : word, !cleared);
                }
                start = i + 1;
            }
        }
        return flags;
    }

    /**
     * The value JLine's {@code [\s;]NAME\s*=\s*(.+?)[\s;]} finds first (NAME any of {@code names}, tried in order
     * at each place), or null.
     */
    private static String controlCharValue(String output, String[] names) {
        for (int at = 0; at < output.length(); at++) {
            if (!isDelimiter(output.charAt(at))) {
                continue;
            }
            for (String name : names) {
                if (output.startsWith(name, at + 1)) {
                    String value = valueAfter(output, at + 1 + name.length());
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /** {@code \s*=\s*(.+?)[\s;]} at {@code from}, with the regular expression's backtracking: the value, or null. */
    private static String valueAfter(String output, int from) {
        int equals = skipSpace(output, from);
        if (equals >= output.length() || output.charAt(equals) != '=') {
            return null;
        }
        int afterSpace = skipSpace(output, equals + 1);
        // The greedy \s* first takes all the space, then gives it back a character at a time.
        for (int start = afterSpace; start > equals; start--) {
            for (int end = start + 1; end < output.length() && !isLineBreak(output.charAt(end - 1)); end++) {
                if (isDelimiter(output.charAt(end))) {
                    return output.substring(start, end);
                }
            }
        }
        return null;
    }

    private static int skipSpace(String output, int from) {
        int at = from;
        while (at < output.length() && isSpace(output.charAt(at))) {
            at++;
        }
        return at;
    }

    /** JLine's {@code [\s;]}. */
    private static boolean isDelimiter(char c) {
        return c == ';' || isSpace(c);
    }

    /** stty's spelling of a control character ({@code ^C}, {@code ^?}, {@code M-^A}, {@code <undef>}, 0177), as JLine reads it. */
    static int controlCharCode(String text) {
        if ("<UNDEF>".equals(text)) {
            return -1;
        }
        if ("DEL".equalsIgnoreCase(text)) {
            return 127;
        }
        char first = text.charAt(0);
        if (first == '0') {
            return Integer.parseInt(text, 8);
        }
        if (first >= '1' && first <= '9') {
            return Integer.parseInt(text, 10);
        }
        if (first == '^') {
            return text.charAt(1) == '?' ? 127 : text.charAt(1) - 64;
        }
        if (first == 'M' && text.charAt(1) == '-') {
            if (text.charAt(2) == '^') {
                return text.charAt(3) == '?' ? 127 + 128 : text.charAt(3) - 64 + 128;
            }
            return text.charAt(2) + 128;
        }
        return first;
    }

    /**
     * JLine's reading of a number of columns or rows: its patterns {@code \b([0-9]+)\s+NAME\b} (BSD's "80
     * columns"), else {@code \bNAME\s+([0-9]+)\b} (GNU's "columns 80"), else {@code \bNAME\s*=\s*([0-9]+)\b},
     * each the first place it matches; 0 when none does.
     */
    private static int number(String output, String name) {
        for (int at = 0; at < output.length(); at++) {
            if (isDigit(output.charAt(at)) && wordStartsAt(output, at)) {
                int digitsEnd = skipDigits(output, at);
                int nameAt = skipSpace(output, digitsEnd);
                if (nameAt > digitsEnd && output.startsWith(name, nameAt) && wordEndsAt(output, nameAt + name.length())) {
                    return Integer.parseInt(output.substring(at, digitsEnd));
                }
                at = digitsEnd; // no word starts inside a run of digits
            }
        }
        for (boolean equalsSign : new boolean[] {false, true}) {
            for (int at = output.indexOf(name); at >= 0; at = output.indexOf(name, at + 1)) {
                if (!wordStartsAt(output, at)) {
                    continue;
                }
                int afterName = at + name.length();
                int digits = skipSpace(output, afterName);
                if (equalsSign) {
                    if (digits >= output.length() || output.charAt(digits) != '=') {
                        continue;
                    }
                    digits = skipSpace(output, digits + 1);
                } else if (digits == afterName) {
                    continue; // \s+: at least one
                }
                int digitsEnd = skipDigits(output, digits);
                if (digitsEnd > digits && wordEndsAt(output, digitsEnd)) {
                    return Integer.parseInt(output.substring(digits, digitsEnd));
                }
            }
        }
        return 0;
    }

    private static int skipDigits(String output, int from) {
        int at = from;
        while (at < output.length() && isDigit(output.charAt(at))) {
            at++;
        }
        return at;
    }

    /** {@code [0-9]}. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \b} before a word character at {@code at}. */
    private static boolean wordStartsAt(String output, int at) {
        return at == 0 || !isWordChar(output.charAt(at - 1));
    }

    /** {@code \b} after a word character that ends at {@code at}. */
    private static boolean wordEndsAt(String output, int at) {
        return at == output.length() || !isWordChar(output.charAt(at));
    }
}
