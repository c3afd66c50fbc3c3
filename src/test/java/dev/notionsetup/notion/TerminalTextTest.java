package dev.notionsetup.notion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalTextTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("plain text", "My Script", "My Script"),
                Arguments.of("accents and emoji kept", "Équipe 👩‍💻 Tâches", "Équipe 👩‍💻 Tâches"),
                Arguments.of("SGR colours", "\u001b[31;1mred\u001b[0m", "red"),
                Arguments.of("erase line and carriage return", "\u001b[2K\rToken verified", "Token verified"),
                Arguments.of("cursor movement", "a\u001b[10Ab\u001b[?25lc", "abc"),
                Arguments.of("OSC window title, BEL", "\u001b]0;pwned\u0007Name", "Name"),
                Arguments.of("OSC 8 hyperlink, ST", "\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\", "link"),
                Arguments.of("DCS string", "\u001bPq#0;2;0;0;0\u001b\\ok", "ok"),
                Arguments.of("8-bit CSI", "\u009b31mX\u009b0m", "X"),
                Arguments.of("8-bit OSC", "\u009d0;title\u009cY", "Y"),
                Arguments.of("reset and charset escapes", "\u001bc\u001b(BZ", "Z"),
                Arguments.of("ESC at the very end", "name\u001b", "name"),
                Arguments.of("unterminated OSC swallows the rest", "ok\u001b]0;never ends", "ok"),
                Arguments.of("bidi override", "abc\u202Edcba", "abcdcba"),
                Arguments.of("bidi isolates and marks", "\u2066x\u2069\u200Fy\u061C", "xy"),
                Arguments.of("zero-width space and BOM", "a\u200Bb\uFEFF", "ab"),
                Arguments.of("newlines collapse", "line one\n\nline two\r\nthree", "line one line two three"),
                Arguments.of("unicode line separators", "a\u2028b\u2029c\u0085d", "a b c d"),
                Arguments.of("tabs and runs of spaces", "  a\t\tb   c  ", "a b c"),
                Arguments.of("NUL, BEL, BS, DEL", "a\u0000b\u0007c\bd\u007f", "abcd"),
                Arguments.of("lone surrogate", "a\ud800b", "ab"),
                Arguments.of("only controls", "\u001b[0m\r\n", ""),
                Arguments.of("every Unicode space collapses (issue 14 item 8)",
                        "\u3000".repeat(41) + "\u2714 Token revoked\u00a0\u2003\u202f\u205fx", "\u2714 Token revoked x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void removesWhatCouldFakeOutput(String why, String input, String expected) {
        assertEquals(expected, TerminalText.sanitize(input));
    }

    static Stream<Arguments> displayCases() {
        return Stream.of(
                Arguments.of("our indentation and alignment kept", "  Request id:     req-1", "  Request id:     req-1"),
                Arguments.of("a prompt's trailing space kept", "Choose 1-2 [1]: ", "Choose 1-2 [1]: "),
                Arguments.of("41 ideographic spaces cannot push a fake line",
                        "Integration: " + "\u3000".repeat(41) + "\u2714 Token revoked", "Integration: \u2714 Token revoked"),
                Arguments.of("escape sequences in a file name", "Saved to /tmp/\u001b[2K\r\u001b]0;x\u0007.env",
                        "Saved to /tmp/ .env"),
                Arguments.of("bidi and zero-width", "a\u202eb\u200bc\u2066d", "abcd"),
                Arguments.of("tabs and line breaks", "a\tb\u2028c", "a b c"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("displayCases")
    void forDisplayKeepsOurLayoutAndRemovesTheRest(String why, String input, String expected) {
        assertEquals(expected, TerminalText.forDisplay(input));
        assertEquals(expected, TerminalText.forDisplay(expected), "idempotent");
    }

    @Test
    void nullStaysNull() {
        assertNull(TerminalText.sanitize(null));
    }

    @Test
    void boundsTheLengthWithAnEllipsis() {
        String result = TerminalText.sanitize("a".repeat(10_000));
        assertEquals(TerminalText.DEFAULT_MAX_LENGTH, result.codePointCount(0, result.length()));
        assertTrue(result.endsWith("…"));
        assertEquals("abcd…", TerminalText.sanitize("abcdefgh", 5));
        assertEquals("abcdefgh", TerminalText.sanitize("abcdefgh", 8));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String result = TerminalText.sanitize("😀".repeat(10), 4);
        assertEquals("😀😀😀…", result);
    }

    @Test
    void refusesANonPositiveBound() {
        assertThrows(IllegalArgumentException.class, () -> TerminalText.sanitize("x", 0));
    }

    @Test
    void aServerNameIsQuotedWithItsOwnQuotesEscaped() {
        assertEquals("\"Tasks\"", TerminalText.quoted("Tasks"));
        assertEquals("\"Tasks\\\". \u2714 Saved \\\\\\\"x\"", TerminalText.quoted("Tasks\". \u2714 Saved \\\"x"));
    }
}
