package dev.notionsetup.envfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How each format feature is read: one row per feature, the file text and the value of KEY it gives. */
class EnvDocumentReadTest {

    static Stream<Arguments> valueOfKey() {
        return Stream.of(
                row("unquoted", "KEY=abc\n", "abc"),
                row("unquoted, no final newline", "KEY=abc", "abc"),
                row("unquoted, inner blanks kept", "KEY=a b  c\n", "a b  c"),
                row("unquoted, trailing blanks trimmed", "KEY=abc  \t\n", "abc"),
                row("blanks after =", "KEY=   abc\n", "abc"),
                row("blanks around =", "KEY \t= abc\n", "abc"),
                row("indented line", "   KEY=abc\n", "abc"),
                row("export prefix", "export KEY=abc\n", "abc"),
                row("export with several blanks", "export  \tKEY=abc\n", "abc"),
                row("indented export", "  export KEY=abc\n", "abc"),
                row("inline comment after unquoted", "KEY=abc # the key\n", "abc"),
                row("inline comment after tab", "KEY=abc\t# the key\n", "abc"),
                row("# without blank is part of the value", "KEY=abc#def\n", "abc#def"),
                row("value starting with # without blank", "KEY=#abc\n", "#abc"),
                row("only a comment after blanks is an empty value", "KEY= # nothing\n", ""),
                row("empty value", "KEY=\n", ""),
                row("empty value, no final newline", "KEY=", ""),
                row("empty double quotes", "KEY=\"\"\n", ""),
                row("empty single quotes", "KEY=''\n", ""),
                row("double quoted", "KEY=\"abc\"\n", "abc"),
                row("double quoted keeps blanks", "KEY=\"  a b  \"\n", "  a b  "),
                row("double quoted keeps #", "KEY=\"a # b\"\n", "a # b"),
                row("double quoted with comment", "KEY=\"abc\" # comment\n", "abc"),
                row("double quoted escapes", "KEY=\"a\\nb\\tc\\\"d\\\\e\"\n", "a\nb\tc\"d\\e"),
                row("double quoted unknown escape kept", "KEY=\"a\\xb\"\n", "a\\xb"),
                row("double quoted with single quote", "KEY=\"it's\"\n", "it's"),
                row("single quoted", "KEY='abc'\n", "abc"),
                row("single quoted is literal", "KEY='a\\nb $HOME'\n", "a\\nb $HOME"),
                row("single quoted keeps #", "KEY='a #b'\n", "a #b"),
                row("single quoted with comment", "KEY='abc'   # comment\n", "abc"),
                row("single quoted with double quote", "KEY='say \"hi\"'\n", "say \"hi\""),
                row("multi-line double quoted", "KEY=\"line1\nline2\"\nOTHER=x\n", "line1\nline2"),
                row("multi-line single quoted", "KEY='line1\nline2'\n", "line1\nline2"),
                row("multi-line in CRLF file reads LF", "KEY=\"line1\r\nline2\"\r\n", "line1\nline2"),
                row("unterminated double quote is unquoted", "KEY=\"abc\nOTHER=x\n", "\"abc"),
                row("unterminated single quote is unquoted", "KEY='abc\n", "'abc"),
                row("CRLF", "A=1\r\nKEY=abc\r\nB=2\r\n", "abc"),
                row("lone CR line endings", "A=1\rKEY=abc\rB=2\r", "abc"),
                row("byte-order mark", "\uFEFFKEY=abc\n", "abc"),
                row("last assignment wins", "KEY=first\nA=1\nKEY=second\n", "second"),
                row("export and plain duplicates", "export KEY=first\nKEY=second\n", "second"),
                row("comment mentioning the key", "# KEY=commented\nKEY=real\n", "real"),
                row("commented out after the real one", "KEY=real\n# KEY=commented\n", "real"),
                row("unicode value", "KEY=\"héllo wörld ✓\"\n", "héllo wörld ✓"),
                row("value with =", "KEY=a=b=c\n", "a=b=c"),
                row("token-like value", "KEY=ntn_abcDEF0123456789_xyz\n", "ntn_abcDEF0123456789_xyz"));
    }

    private static Arguments row(String feature, String text, String value) {
        return Arguments.of(feature, text, value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void valueOfKey(String feature, String text, String expected) {
        assertEquals(Optional.of(expected), EnvDocument.parse(text).get("KEY"), feature);
    }

    static Stream<Arguments> keyAbsent() {
        return Stream.of(
                row("empty file", "", ""),
                row("only comments and blanks", "# KEY=x\n\n   \n", ""),
                row("indented comment", "  # KEY=x\n", ""),
                row("no equals sign", "KEY\n", ""),
                row("export without value", "export KEY\n", ""),
                row("longer key", "KEY_2=x\nMY_KEY=y\n", ""),
                row("key is case sensitive", "key=x\n", ""),
                row("inside another multi-line value", "OTHER=\"a\nKEY=x\nb\"\n", ""),
                row("colon without a blank after it is not an assignment", "KEY:x\n", ""),
                row("blank inside the key", "K EY=x\n", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void keyAbsent(String feature, String text, String unused) {
        EnvDocument document = EnvDocument.parse(text);
        assertEquals(Optional.empty(), document.get("KEY"), feature);
        assertFalse(document.assigns("KEY"), feature);
    }

    @Test
    void valuesGivesEveryKeyWithItsLastValueInOrderOfFirstAppearance() {
        EnvDocument document = EnvDocument.parse("B=1\n# c\nA='2'\nexport B=\"3\"\nC=\n");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("B", "3");
        expected.put("A", "2");
        expected.put("C", "");
        assertEquals(expected, document.values());
    }

    @Test
    void unclosedQuotesOfBothKindsEachMakeAnUnquotedValue() {
        EnvDocument document = EnvDocument.parse("A=\"x\nB='y\nD=1\n");
        assertEquals(Map.of("A", "\"x", "B", "'y", "D", "1"), document.values());
    }

    @Test
    void quoteClosedLaterMakesAMultiLineValueEvenAfterAnUnclosedOne() {
        EnvDocument document = EnvDocument.parse("A='x\nB=\"y\nC=2\"\nD=1\n");
        assertEquals(Map.of("A", "'x", "B", "y\nC=2", "D", "1"), document.values());
    }

    @Test
    void manyUnclosedQuotesAreParsedInLinearTime() throws InterruptedException {
        String text = "A=\"x\nB='y\n".repeat(100_000) + "KEY=last\n";
        AtomicReference<Optional<String>> parsed = new AtomicReference<>();
        Thread parser = new Thread(() -> parsed.set(EnvDocument.parse(text).get("KEY")));
        parser.setDaemon(true);
        parser.start();
        // Bounded by the CPU time the parsing thread uses, not by the wall clock, which a busy machine stretches:
        // parsing in one pass needs a small fraction of this, rescanning for each quote needs minutes of it.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        while (parser.isAlive()) {
            assertTrue(threads.getThreadCpuTime(parser.getId()) < TimeUnit.SECONDS.toNanos(20),
                    "parsing used 20 s of CPU time: it is not one pass");
            parser.join(200);
        }
        assertEquals(Optional.of("last"), parsed.get());
    }

    @Test
    void keysMayContainDotsAndDashesAsNodeDotenvAccepts() {
        EnvDocument document = EnvDocument.parse("app.name=x\nsome-key=y\n");
        assertEquals(Optional.of("x"), document.get("app.name"));
        assertEquals(Optional.of("y"), document.get("some-key"));
    }

    static Stream<String> texts() {
        return Stream.of("", "\n", "\r\n", "\r", "A=1", "A=1\n", "\uFEFF", "\uFEFFA=1\r\n# c\r\n",
                "# only\n\n\n", "A=\"x\ny\"\nB='p\r\nq'", "A=\"open\nB=2\n", "  weird line = \t\n=\n==\n",
                "export A=1\r\nexport B=2", "A=1\n\r\n\rB=2\n\n");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void renderingAnUneditedDocumentGivesBackTheSameText(String text) {
        assertEquals(text, EnvDocument.parse(text).render());
    }

    @Test
    void linesKeepTheirOwnEndingsAndAMultiLineValueIsOneLine() {
        List<EnvLine> lines = EnvDocument.parse("A=1\r\nB=\"x\ny\"\n# c\rlast").lines();
        assertEquals(List.of("A=1", "B=\"x\ny\"", "# c", "last"), lines.stream().map(EnvLine::text).toList());
        assertEquals(List.of("\r\n", "\n", "\r", ""), lines.stream().map(EnvLine::ending).toList());
        assertTrue(lines.get(1).assigns("B"));
        assertFalse(lines.get(2).assignment().isPresent());
    }

    @Test
    void byteOrderMarkIsRememberedAndNotPartOfTheFirstKey() {
        EnvDocument document = EnvDocument.parse("\uFEFFA=1\n");
        assertEquals("\uFEFFA=1\n", document.render());
        assertEquals(Map.of("A", "1"), document.values());
    }

    @Test
    void assignmentRecordsWhereTheValueTokenIs() {
        EnvLine line = EnvDocument.parse("export KEY = \"abc\" # c\n").lines().get(0);
        EnvAssignment assignment = line.assignment().orElseThrow();
        assertEquals("\"abc\"", line.text().substring(assignment.valueStart(), assignment.valueEnd()));
        assertTrue(assignment.exported());
    }
}
