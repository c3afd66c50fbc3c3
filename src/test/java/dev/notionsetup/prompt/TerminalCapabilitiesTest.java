package dev.notionsetup.prompt;

import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The quicker reader of terminal descriptions gives exactly what JLine's own gives. */
class TerminalCapabilitiesTest {
    @ParameterizedTest
    @MethodSource("dev.notionsetup.prompt.JLineTerminalTest#bundledTypes")
    void everyDescriptionJLineCarriesReadsTheSame(String type) {
        assertSameAsJLine(InfoCmp.getDefaultInfoCmp(type));
    }

    /** The system's own descriptions, as infocmp prints them, where infocmp is installed (ncurses-bin). */
    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "tmux-256color", "screen-256color", "linux", "vt100", "alacritty",
            "xterm-kitty", "putty"})
    void theSystemsDescriptionsReadTheSame(String type) throws Exception {
        String description = infocmp(type);
        assumeTrue(description != null, "infocmp has no " + type + " here");
        assertSameAsJLine(description);
    }

    @Test
    void hexadecimalOctalAndEscapedValuesAreReadAsJLineReadsThem() {
        assertSameAsJLine("test|a made-up terminal,\n\tam, cols#0x50, lines#030, it#8,\n"
                + "\tbel=^G, cr=\\r, el=\\E[K, acsc=``aa\\,b, nosuchcap=1,\n\tsmkx=\\E[?1h\\E=,\n");
    }

    /**
     * Lines of every shape JLine's pattern treats in its own way: pieces of white space only, empty pieces, an
     * escaped comma, and text after the last comma (with and without a '$' for the pattern to end on).
     */
    @Property(tries = 2000, seed = "1984")
    void oddlyShapedLinesReadAsJLineReadsThem(@ForAll("descriptionLines") String lines) {
        String description = "test|made up,\n" + lines;
        Set<Capability> bools = new HashSet<>();
        Map<Capability, Integer> ints = new HashMap<>();
        Map<Capability, String> strings = new HashMap<>();
        Set<Capability> quickBools = new HashSet<>();
        Map<Capability, Integer> quickInts = new HashMap<>();
        Map<Capability, String> quickStrings = new HashMap<>();
        // A number neither can read ("80flash=..." once a comma is missing) fails both alike.
        assertEquals(failure(() -> InfoCmp.parseInfoCmp(description, bools, ints, strings)),
                failure(() -> TerminalCapabilities.parse(description, quickBools, quickInts, quickStrings)), description);
        assertEquals(List.of(bools, ints, strings), List.of(quickBools, quickInts, quickStrings), description);
    }

    @Provide
    Arbitrary<String> descriptionLines() {
        Arbitrary<String> piece = Arbitraries.of("am", "bce", "km", "cols#80", "lines#0x18", "it#010", "bel=^G",
                "el=\\E[K", "cup=\\E[%i%p1%d;%p2%dH", "flash=\\E[?5h$<100/>\\E[?5l", "nosuch", "x=1$", "$", "\\",
                ",", ", ", ",,", " ", "\t", "\u000B", "\f", "\r", "\n", "\n\t", "am ", " bce");
        return piece.list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    /** The class of what {@code parse} threw, or null. */
    private static Class<?> failure(Runnable parse) {
        try {
            parse.run();
            return null;
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static void assertSameAsJLine(String description) {
        Set<Capability> bools = new HashSet<>();
        Map<Capability, Integer> ints = new HashMap<>();
        Map<Capability, String> strings = new HashMap<>();
        InfoCmp.parseInfoCmp(description, bools, ints, strings);
        Set<Capability> quickBools = new HashSet<>();
        Map<Capability, Integer> quickInts = new HashMap<>();
        Map<Capability, String> quickStrings = new HashMap<>();
        TerminalCapabilities.parse(description, quickBools, quickInts, quickStrings);

        assertFalse(bools.isEmpty() && ints.isEmpty() && strings.isEmpty(), "nothing was read: " + description);
        assertEquals(bools, quickBools);
        assertEquals(ints, quickInts);
        assertEquals(strings, quickStrings);
    }

    private static String infocmp(String type) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("infocmp", "-x", type).redirectErrorStream(false).start();
        } catch (IOException e) {
            return null; // no infocmp on this system
        }
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(30, TimeUnit.SECONDS);
        return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
    }
}
