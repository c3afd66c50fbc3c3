package dev.notionsetup.envfile;

import static dev.notionsetup.envfile.RandomEnvFiles.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Over many random .env files (fixed seeds, so a failure reproduces): reading gives what the generator
 * meant, rendering is lossless, and setting the key changes nothing but the lines that assign it.
 */
class EnvDocumentPropertyTest {

    @Provide
    Arbitrary<GeneratedEnv> files() {
        return RandomEnvFiles.anyFile();
    }

    @Provide
    Arbitrary<String> newValues() {
        return RandomEnvFiles.newValues();
    }

    @Property(tries = 2000, seed = "4242")
    void readingGivesTheValuesTheFileWasWrittenWith(@ForAll("files") GeneratedEnv file) {
        EnvDocument document = EnvDocument.parse(file.text());
        assertEquals(file.expectedValues(), document.values());
        assertEquals(file.text(), document.render());
    }

    @Property(tries = 2000, seed = "20250521")
    void settingTheKeyChangesOnlyTheLinesThatAssignIt(@ForAll("files") GeneratedEnv file,
                                                       @ForAll("newValues") String value) {
        Statistics.label("key present").collect(file.assigns(TARGET));
        Assume.that(!RandomEnvFiles.targetValueSpansAssignments(file));
        String after = EnvDocument.parse(file.text()).withValue(TARGET, value).render();

        String rest = matchPieces(file, after, value);

        // With the key there, a line is appended only where a reader might not reach the edited ones.
        if (!file.assigns(TARGET) || !rest.isEmpty()) {
            assertAppendedLine(file, after, rest, value);
        }
        assertLastAssignmentStartsALineForEveryReader(after);
        Map<String, String> expected = new java.util.LinkedHashMap<>(file.expectedValues());
        expected.put(TARGET, value);
        assertEquals(expected, EnvDocument.parse(after).values(), "every other value unchanged");
    }

    /**
     * Walks the pieces of the original file through the new text: pieces that do not assign the key must
     * appear byte for byte and in order; each that does must keep its head, comment and line ending and read
     * as the new value. Returns what follows the last piece.
     */
    private static String matchPieces(GeneratedEnv file, String after, String value) {
        int at = 0;
        if (file.byteOrderMark()) {
            assertTrue(after.startsWith("\uFEFF"), "byte-order mark kept");
            at = 1;
        }
        List<GeneratedEnv.Piece> pieces = file.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            GeneratedEnv.Piece piece = pieces.get(i);
            boolean lastWithoutEnding = i == pieces.size() - 1 && piece.ending().isEmpty();
            // Before an appended line, a final lone CR becomes CRLF (compose ends lines only at LF).
            boolean lastWithText = pieces.subList(i + 1, pieces.size()).stream()
                    .allMatch(p -> p.text().isEmpty() && p.ending().isEmpty());
            boolean crBecomesCrLf = lastWithText && piece.ending().equals("\r")
                    && after.startsWith("\n", at + piece.text().length() + 1);
            if (!piece.assigns(TARGET)) {
                String expected = piece.text() + (crBecomesCrLf ? "\r\n" : piece.ending());
                assertEquals(expected, after.substring(at, Math.min(after.length(), at + expected.length())),
                        "line " + (i + 1) + " unchanged");
                at += expected.length();
                continue;
            }
            int lineEnd = EnvParser.lineEnd(after, at);
            String line = after.substring(at, lineEnd);
            assertTrue(line.startsWith(piece.head()), "line " + (i + 1) + " keeps " + piece.head());
            assertTrue(line.endsWith(piece.comment()), "line " + (i + 1) + " keeps its comment");
            assertEquals(Optional.of(value), EnvDocument.parse(line).get(TARGET), "line " + (i + 1) + " has the new value");
            String ending = EnvParser.endingAt(after, lineEnd);
            if (!lastWithoutEnding) {
                boolean grown = piece.ending().equals("\r") && ending.equals("\r\n") && lastWithText;
                assertEquals(grown ? "\r\n" : piece.ending(), ending, "line " + (i + 1) + " keeps its line ending");
            }
            at = lineEnd + ending.length();
        }
        return after.substring(at);
    }

    /**
     * The last line any reader could take for an assignment of the key starts after a LF (compose ends lines
     * nowhere else) and not right after the byte-order mark (python-dotenv 1.2 reads it as part of the key).
     */
    private static void assertLastAssignmentStartsALineForEveryReader(String after) {
        int lastStart = -1;
        int start = 0;
        while (start <= after.length()) {
            int end = EnvParser.lineEnd(after, start);
            if (EnvParser.keyOfPhysicalLine(after.substring(start, end)).filter(TARGET::equals).isPresent()) {
                lastStart = start;
            }
            if (end >= after.length()) {
                break;
            }
            start = end + EnvParser.endingAt(after, end).length();
        }
        assertTrue(lastStart >= 0, "the key is assigned");
        assertTrue(lastStart == 0 ? !after.startsWith("\uFEFF") : after.charAt(lastStart - 1) == '\n',
                "the last assignment starts a line for every reader");
    }

    /** One new line, in a line ending the file uses (LF when it has none), separated from the last line. */
    private static void assertAppendedLine(GeneratedEnv file, String after, String rest, String value) {
        String body = file.byteOrderMark() ? file.text().substring(1) : file.text();
        // An edited last line without a line break got one, which matchPieces took as that line's ending.
        String edited = after.substring(0, after.length() - rest.length());
        boolean needsSeparator = !body.isEmpty() && !body.endsWith("\n") && !body.endsWith("\r")
                && !edited.endsWith("\n") && !edited.endsWith("\r");
        String separator = "";
        if (needsSeparator) {
            separator = leadingLineBreak(rest);
            assertTrue(!separator.isEmpty(), "a line break is added before the new line");
        }
        if (body.isEmpty() && file.byteOrderMark()) {
            assertTrue(rest.startsWith("\n"), "a first blank line keeps the new key away from the byte-order mark");
            rest = rest.substring(1);
        }
        String line = rest.substring(separator.length());
        int end = EnvParser.lineEnd(line, 0);
        String ending = EnvParser.endingAt(line, end);
        assertEquals(line.length(), end + ending.length(), "exactly one line appended");
        assertEquals(Optional.of(value), EnvDocument.parse(line).get(TARGET));
        if (needsSeparator) {
            assertEquals(separator, ending, "separator and new line use the same ending");
        }
        boolean fileHasEndings = body.contains("\n") || body.contains("\r");
        // A file of mostly lone CRs gets CRLF: compose ends lines at LF only.
        boolean crInstead = ending.equals("\r\n") && body.contains("\r");
        assertTrue(fileHasEndings ? body.contains(ending) || crInstead : ending.equals("\n"),
                "appended line uses one of the file's line endings");
    }

    private static String leadingLineBreak(String text) {
        for (String lineBreak : List.of("\r\n", "\n", "\r")) {
            if (text.startsWith(lineBreak)) {
                return lineBreak;
            }
        }
        return "";
    }

    @Property(tries = 1000, seed = "777")
    void settingTwiceIsTheSameAsSettingOnce(@ForAll("files") GeneratedEnv file, @ForAll("newValues") String value) {
        Assume.that(!RandomEnvFiles.targetValueSpansAssignments(file));
        EnvDocument once = EnvDocument.parse(file.text()).withValue(TARGET, value);
        EnvDocument twice = EnvDocument.parse(once.render()).withValue(TARGET, value);
        assertEquals(once.render(), twice.render());
    }

    @Property(tries = 1000, seed = "99")
    void everyWritableValueReadsBackUnchanged(@ForAll("newValues") String value) {
        String text = "KEY=" + DotenvQuoting.quote(value).orElseThrow() + "\n";
        assertEquals(Optional.of(value), EnvDocument.parse(text).get("KEY"));
    }
}
