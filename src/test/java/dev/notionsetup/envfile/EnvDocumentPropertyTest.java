package dev.notionsetup.envfile;

import static dev.notionsetup.envfile.RandomEnvFiles.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
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
        String after = EnvDocument.parse(file.text()).withValue(TARGET, value).render();

        String rest = matchPieces(file, after, value);

        if (file.assigns(TARGET)) {
            assertEquals("", rest, "nothing is appended when the key was there");
        } else {
            assertAppendedLine(file, rest, value);
        }
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
            if (!piece.assigns(TARGET)) {
                String expected = piece.text() + piece.ending();
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
                assertEquals(piece.ending(), ending, "line " + (i + 1) + " keeps its line ending");
            }
            at = lineEnd + ending.length();
        }
        return after.substring(at);
    }

    /** One new line, in a line ending the file uses (LF when it has none), separated from the last line. */
    private static void assertAppendedLine(GeneratedEnv file, String rest, String value) {
        String body = file.byteOrderMark() ? file.text().substring(1) : file.text();
        boolean needsSeparator = !body.isEmpty() && !body.endsWith("\n") && !body.endsWith("\r");
        String separator = "";
        if (needsSeparator) {
            separator = leadingLineBreak(rest);
            assertTrue(!separator.isEmpty(), "a line break is added before the new line");
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
        assertTrue(fileHasEndings ? body.contains(ending) : ending.equals("\n"),
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
