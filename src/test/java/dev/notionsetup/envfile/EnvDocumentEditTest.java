package dev.notionsetup.envfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Setting KEY: one row per format feature, the file before and the exact file after. */
class EnvDocumentEditTest {
    private static final String TOKEN = "ntn_NEW0123456789abcdefghijklmnopqrstuvwxyzABCDE";

    static Stream<Arguments> settingTheToken() {
        return Stream.of(
                row("empty file gets one line", "", "KEY=<T>\n"),
                row("appended after other lines", "A=1\nB=2\n", "A=1\nB=2\nKEY=<T>\n"),
                row("comments, blanks and order kept", "# top\n\nA=1\n  # indented\n\nB='x y'\n",
                        "# top\n\nA=1\n  # indented\n\nB='x y'\nKEY=<T>\n"),
                row("replaced in place", "A=1\nKEY=old\nB=2\n", "A=1\nKEY=<T>\nB=2\n"),
                row("export prefix kept", "export KEY=old\n", "export KEY=<T>\n"),
                row("indentation and spacing kept", "  KEY \t=  old\n", "  KEY \t=  <T>\n"),
                row("double quotes dropped when not needed", "KEY=\"old value\"\n", "KEY=<T>\n"),
                row("single quotes dropped when not needed", "KEY='old'\n", "KEY=<T>\n"),
                row("inline comment kept", "KEY=old # my token\n", "KEY=<T> # my token\n"),
                row("quotes kept when a comment follows", "KEY=\"old\"  # c\n", "KEY=\"<T>\"  # c\n"),
                row("comment glued to quotes gets a blank", "KEY=\"old\"# c\n", "KEY=\"<T>\" # c\n"),
                row("junk after closing quote dropped", "KEY=\"old\"junk\n", "KEY=<T>\n"),
                row("trailing blanks kept", "KEY=old   \n", "KEY=<T>   \n"),
                row("empty value replaced", "KEY=\nA=1\n", "KEY=<T>\nA=1\n"),
                row("empty value before comment replaced", "KEY= # fill me\n", "KEY= <T> # fill me\n"),
                row("every duplicate replaced", "KEY=a\nA=1\nexport KEY='b'\nKEY=\"c\" # x\n",
                        "KEY=<T>\nA=1\nexport KEY=<T>\nKEY=\"<T>\" # x\n"),
                row("commented-out assignment untouched", "# KEY=old\n", "# KEY=old\nKEY=<T>\n"),
                row("similar keys untouched", "KEY_OLD=x\nMY_KEY=y\n", "KEY_OLD=x\nMY_KEY=y\nKEY=<T>\n"),
                row("multi-line old value collapsed", "A=1\nKEY=\"line1\nline2\" # c\nB=2\n",
                        "A=1\nKEY=\"<T>\" # c\nB=2\n"),
                row("key inside another value untouched", "A=\"x\nKEY=old\ny\"\n", "A=\"x\nKEY=old\ny\"\nKEY=<T>\n"),
                row("CRLF replaced keeps CRLF", "A=1\r\nKEY=old\r\nB=2\r\n", "A=1\r\nKEY=<T>\r\nB=2\r\n"),
                row("CRLF file gets CRLF line", "A=1\r\nB=2\r\n", "A=1\r\nB=2\r\nKEY=<T>\r\n"),
                row("mostly CRLF file gets CRLF line", "A=1\r\nB=2\r\nC=3\n", "A=1\r\nB=2\r\nC=3\nKEY=<T>\r\n"),
                row("mostly LF file gets LF line", "A=1\r\nB=2\nC=3\n", "A=1\r\nB=2\nC=3\nKEY=<T>\n"),
                row("CR file: the last CR becomes CRLF, the new line ends in CRLF", "A=1\rB=2\r", "A=1\rB=2\r\nKEY=<T>\r\n"),
                row("no final newline: separator added", "A=1", "A=1\nKEY=<T>\n"),
                row("no final newline, CRLF file", "A=1\r\nB=2", "A=1\r\nB=2\r\nKEY=<T>\r\n"),
                row("no final newline, comment last", "A=1\n# end", "A=1\n# end\nKEY=<T>\n"),
                row("no final newline, replaced stays without", "A=1\nKEY=old", "A=1\nKEY=<T>"),
                row("byte-order mark kept on replace, and a line every reader sees added", "\uFEFFKEY=old\n", "\uFEFFKEY=<T>\nKEY=<T>\n"),
                row("byte-order mark kept on append", "\uFEFFA=1\n", "\uFEFFA=1\nKEY=<T>\n"),
                row("only a byte-order mark: the key does not go on its line", "\uFEFF", "\uFEFF\nKEY=<T>\n"),
                row("only blank lines", "\n\n", "\n\nKEY=<T>\n"),
                row("shell-style file gets export", "export A=1\nexport B=2\n", "export A=1\nexport B=2\nexport KEY=<T>\n"),
                row("mixed file gets no export", "export A=1\nB=2\n", "export A=1\nB=2\nKEY=<T>\n"));
    }

    private static Arguments row(String feature, String before, String after) {
        return Arguments.of(feature, before, after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void settingTheToken(String feature, String before, String after) {
        EnvDocument edited = EnvDocument.parse(before).withValue("KEY", TOKEN);
        assertEquals(after.replace("<T>", TOKEN), edited.render(), feature);
        assertEquals(Optional.of(TOKEN), EnvDocument.parse(edited.render()).get("KEY"), feature);
        assertEquals(Optional.of(TOKEN), edited.get("KEY"), feature);
    }

    static Stream<Arguments> quotingOfNewValues() {
        return Stream.of(
                row("plain", "plain", "KEY=plain\n"),
                row("with blank", "a b", "KEY=\"a b\"\n"),
                row("with #", "a#b", "KEY=\"a#b\"\n"),
                row("with $", "$x", "KEY='$x'\n"),
                row("empty", "", "KEY=\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void quotingOfNewValues(String feature, String value, String expected) {
        EnvDocument edited = EnvDocument.parse("").withValue("KEY", value);
        assertEquals(expected, edited.render());
        assertEquals(Optional.of(value), EnvDocument.parse(edited.render()).get("KEY"));
    }

    @Test
    void emptyValueBeforeACommentIsQuotedSoPythonDoesNotReadTheComment() {
        String after = EnvDocument.parse("KEY=old # note\n").withValue("KEY", "").render();
        assertEquals("KEY=\"\" # note\n", after);
        assertEquals(Optional.of(""), EnvDocument.parse(after).get("KEY"));
    }

    @Test
    void valueThatNeedsQuotesIsQuotedInPlaceAndKeepsTheComment() {
        String after = EnvDocument.parse("export KEY=old # note\n").withValue("KEY", "a b").render();
        assertEquals("export KEY=\"a b\" # note\n", after);
    }

    @Test
    void settingTheSameValueAgainGivesTheSameText() {
        String text = "A=1\nKEY=abc # c\n";
        assertEquals(text, EnvDocument.parse(text).withValue("KEY", "abc").render());
    }

    @Test
    void editingNeverChangesTheOriginalDocument() {
        EnvDocument original = EnvDocument.parse("KEY=old\n");
        original.withValue("KEY", "new");
        original.withValue("OTHER", "x");
        assertEquals("KEY=old\n", original.render());
    }

    @Test
    void secondKeyAppendedAfterTheFirst() {
        String after = EnvDocument.parse("A=1").withValue("KEY", "x").withValue("DB", "y").render();
        assertEquals("A=1\nKEY=x\nDB=y\n", after);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1KEY", "KEY-X", "a.b", "KEY X", "KÉY", "export KEY"})
    void onlyPortableVariableNamesCanBeSet(String key) {
        assertThrows(IllegalArgumentException.class, () -> EnvDocument.parse("").withValue(key, "x"));
    }

    @Test
    void unwritableValueIsRefusedWithoutItsValueInTheMessage() {
        String secret = "it's \"secret\"\nvalue";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EnvDocument.parse("KEY=old\n").withValue("KEY", secret));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
}
