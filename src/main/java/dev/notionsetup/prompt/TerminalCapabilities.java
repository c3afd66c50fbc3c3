package dev.notionsetup.prompt;

import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a terminal description (infocmp's text) into capabilities exactly as JLine's
 * {@code InfoCmp.parseInfoCmp} does, without its start-up cost: JLine compiles its pattern again for every
 * line, and rebuilds its table of capability names (a regular expression per name) on every call, a
 * noticeable part of the wizard's first screen. Here the pattern is compiled once and the table read once.
 * TerminalCapabilitiesTest holds the two equal over every description JLine carries and the system's own.
 */
final class TerminalCapabilities {
    /** JLine's pattern for one capability: what it matches is what JLine reads. */
    private static final Pattern CAPABILITY = Pattern.compile("\\s*(([^,]|\\\\,)+)\\s*[,$]");

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
            Matcher m = CAPABILITY.matcher(lines[i]);
            while (m.find()) {
                String cap = m.group(1);
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
