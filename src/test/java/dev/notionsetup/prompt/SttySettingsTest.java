package dev.notionsetup.prompt;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Size;
import org.jline.terminal.impl.exec.ExecPty;
import org.jline.terminal.spi.SystemStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our reading of {@code stty -a} is JLine's: the same attributes and size, for the outputs of real stty programs
 * (src/test/resources/stty/SOURCES.md) and for generated text that mixes their words, signs and separators.
 */
class SttySettingsTest {
    @ParameterizedTest
    @ValueSource(strings = {"jline-linux", "jline-solaris", "jline-aix", "jline-macos", "jline-netbsd",
            "jline-freebsd", "jline-hpux", "gnu-coreutils-9.1-pty-60x20", "gnu-coreutils-9.1-raw-undef-intr",
            "gnu-coreutils-9.1-244x85-changed-chars", "busybox-1.35-pty-80x24", "busybox-1.35-raw"})
    void realOutputsReadAsJLineReadsThem(String name) throws IOException {
        String output = fixture(name);
        assertSameAsJLine(output);
        assertTrue(JLineReading.of(output).size().getColumns() > 0, "the fixture has a size: " + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gnu-coreutils-9.1-raw-undef-intr", "busybox-1.35-raw"})
    void rawModeIsReadAsRaw(String name) throws IOException {
        Attributes raw = SttySettings.attributes(fixture(name));
        assertTrue(!raw.getLocalFlag(Attributes.LocalFlag.ICANON) && !raw.getLocalFlag(Attributes.LocalFlag.ECHO),
                "the check has teeth: " + raw);
    }

    @Property(tries = 3000, seed = "1970")
    void generatedTextReadsAsJLineReadsIt(@ForAll("sttyLike") String output) {
        assertSameAsJLine(output);
    }

    /** Words stty prints (flags, signed or not, control characters and their values, sizes) and what joins them. */
    @Provide
    Arbitrary<String> sttyLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("icanon", "-icanon", "echo", "-echo", "--echo", "isig", "-isig", "iutf8", "opost",
                        "cs8", "-cs8", "hupcl", "pendin", "ixon", "xicanon", "icanonx", "ccts_oflow", "-extproc"),
                Arbitraries.of("intr", "quit", "erase", "werase", "kill", "eof", "eol", "eol2", "reprint", "rprnt",
                        "min", "time", "status", "lnext", "dsusp", "discard", "swtch", "xintr"),
                Arbitraries.of("=", " = ", "=  ", "^C", "^?", "^\\", "M-^?", "M-a", "<undef>", "<UNDEF>", "DEL", "del",
                        "0177", "0", "1", "27", "#", "@", "x", "-^?", "$"),
                // ASCII words only: stty prints nothing else, and for other letters Java's \b changed in JDK 19.
                Arbitraries.of("rows", "columns", "24", "80", "007", "rowsx", "_rows", "2x"),
                Arbitraries.of(" ", "  ", ";", "; ", "\n", "\t", "\r\n", "\u000B", "\f", "\u2028", "\u0085", ":"));
        return piece.list().ofMinSize(0).ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    private static void assertSameAsJLine(String output) {
        JLineReading expected = JLineReading.of(output);
        Attributes ours;
        Size oursSize;
        try {
            ours = SttySettings.attributes(output);
            oursSize = SttySettings.size(output);
        } catch (RuntimeException e) {
            // JLine fails on the same text (a value such as "^" or "08" it cannot read): so must we, alike.
            assertNotNull(expected.failure(), () -> "only ours failed on " + show(output) + ": " + e);
            assertEquals(expected.failure().getClass(), e.getClass(), () -> show(output));
            return;
        }
        assertEquals(null, expected.failure(), () -> "only JLine failed on " + show(output));
        assertEquals(describe(expected.attributes()), describe(ours), () -> show(output));
        assertEquals(expected.size(), oursSize, () -> show(output));
    }

    private static String describe(Attributes attributes) {
        Map<ControlChar, Integer> chars = attributes.getControlChars();
        return List.of(attributes.getInputFlags(), attributes.getOutputFlags(), attributes.getControlFlags(),
                attributes.getLocalFlags(), chars).toString();
    }

    private static String show(String output) {
        return "\"" + output.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = SttySettingsTest.class.getResourceAsStream("/stty/" + name + ".txt")) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** JLine's reading of the same text, through its own exec pty (its size reader is not public). */
    private record JLineReading(Attributes attributes, Size size, RuntimeException failure) {
        static JLineReading of(String output) {
            ExecPty pty = new ExecPty(null, SystemStream.Output, "/dev/pts/test") {
                @Override
                protected String doGetConfig() {
                    return output;
                }
            };
            try {
                return new JLineReading(ExecPty.doGetAttr(output), pty.getSize(), null);
            } catch (RuntimeException e) {
                return new JLineReading(null, null, e);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
