package dev.notionsetup.prompt;

import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.notionsetup.prompt.RegexClasses.isSpace;

/**
 * Reads a terminal description (infocmp's text) into capabilities exactly as JLine's
 * {@code InfoCmp.parseInfoCmp} does, without its start-up cost: JLine compiles its pattern again for every
 * line, and rebuilds its table of capability names (a regular expression per name) on every call, a
 * noticeable part of the wizard's first screen. Here the table is read once and the pattern's matches are
 * found by hand (docs/performance.md). TerminalCapabilitiesTest holds the two equal over every description
 * JLine carries, the system's own, and generated lines of every shape the pattern treats in its own way.
 */
final class TerminalCapabilities {
    /** Compiled only for a line that needs it (see {@link #capabilities}). */
    private static final class Tail {
        /** JLine's pattern for one capability: what it matches is what JLine reads. */
        static final Pattern CAPABILITY = Pattern.compile("\\s*(([^,]|\\\\,)+)\\s*[,$]");
    }

    private TerminalCapabilities() {
    }

    /** JLine's capability names, long and short ("cursor_up", "cuu1"), from its own list. */
    private static final class Names {
        static final Map<String, Capability> BY_NAME = read();

        private static Map<String, Capability> read() {
            Map<String, Capability> names = new HashMap<>();
            try (InputStream in = InfoCmp.class.getResourceAsStream("capabilities.txt")) {
                if (in == null) {
                    throw new IllegalStateException("JLine's capabilities.txt is missing");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String entry = line.strip();
                    if (entry.isEmpty() || entry.startsWith("#")) {
                        continue;
                    }
                    int comma = entry.indexOf(", ");
                    int next = entry.indexOf(", ", comma + 2);
                    String name = entry.substring(0, comma);
                    Capability capability = Enum.valueOf(Capability.class, name);
                    names.put(name, capability);
                    names.put(entry.substring(comma + 2, next < 0 ? entry.length() : next), capability);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return names;
        }
    }

    /** Adds the capabilities of {@code description} (its first line names the terminal) to the three sets. */
    static void parse(String description, Set<Capability> bools, Map<Capability, Integer> ints,
                      Map<Capability, String> strings) {
        Map<String, Capability> byName = Names.BY_NAME;
        String[] lines = description.split("\n");
        for (int i = 1; i < lines.length; i++) {
            for (String cap : capabilities(lines[i])) {
                int hash = cap.indexOf('#');
                int equals = cap.indexOf('=');
                if (hash >= 0) {
                    Capability c = byName.get(cap.substring(0, hash));
                    int value = number(cap.substring(hash + 1));
                    if (c != null) {
                        ints.put(c, value);
                    }
                } else if (equals >= 0) {
                    Capability c = byName.get(cap.substring(0, equals));
                    if (c != null) {
                        strings.put(c, cap.substring(equals + 1));
                    }
                } else {
                    Capability c = byName.get(cap);
                    if (c != null) {
                        bools.add(c);
                    }
                }
            }
        }
    }

    /**
     * What JLine's pattern finds in {@code line}, one after the other. Each piece that a comma ends is read by
     * hand, which is most of the time it takes (the pattern's alternation per character is slow before the JIT
     * compiles it): the piece without the white space before it, or, for a piece of white space only, its last
     * character. Text after the last comma (none, in descriptions as infocmp and JLine write them) is left to
     * the pattern itself, whose backtracking there is not worth copying.
     */
    private static List<String> capabilities(String line) {
        List<String> found = new ArrayList<>();
        int start = 0;
        for (int comma = line.indexOf(','); comma >= 0; comma = line.indexOf(',', start)) {
            if (comma > start) {
                int text = start;
                while (text < comma && isSpace(line.charAt(text))) {
                    text++;
                }
                found.add(text < comma ? line.substring(text, comma) : line.substring(comma - 1, comma));
            }
            start = comma + 1;
        }
        int rest = start;
        while (rest < line.length() && isSpace(line.charAt(rest))) {
            rest++;
        }
        if (rest < line.length()) {
            Matcher m = Tail.CAPABILITY.matcher(line);
            for (boolean more = m.find(start); more; more = m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** A number as terminfo writes it: decimal, 0x hexadecimal or 0 octal. */
    private static int number(String text) {
        if (text.equals("0")) {
            return 0;
        }
        if (text.startsWith("0x")) {
            return Integer.parseInt(text.substring(2), 16);
        }
        return text.startsWith("0") ? Integer.parseInt(text.substring(1), 8) : Integer.parseInt(text);
    }
}
