package dev.notionsetup.term;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A terminal without a UTF-8 locale gets ASCII that keeps the meaning, never Java's '?' for what it cannot encode. */
class AsciiFallbackTest {
    @Test
    void onlyACharacterSetWithoutOurSymbolsNeedsIt() {
        assertTrue(AsciiFallback.needed(StandardCharsets.US_ASCII)); // no locale, LANG=C, LANG=POSIX
        assertTrue(AsciiFallback.needed(StandardCharsets.ISO_8859_1));
        assertFalse(AsciiFallback.needed(StandardCharsets.UTF_8));
        assertFalse(AsciiFallback.needed(Charset.forName("UTF-16")));
    }

    /** The launchers run the JVM in C.UTF-8 for file names when the user's locale is POSIX, and say so. */
    @Test
    void aUtf8CharacterSetNeedsItWhenTheLauncherSaysTheUsersOwnLocaleHadNoUtf8() {
        assertTrue(AsciiFallback.needed(StandardCharsets.UTF_8, true));
        assertFalse(AsciiFallback.needed(StandardCharsets.UTF_8, false));
        assertTrue(AsciiFallback.needed(StandardCharsets.US_ASCII, false));
    }

    @Test
    void symbolsBecomeTheirAsciiStandIns() {
        assertEquals("[ok] Saved", AsciiFallback.of("\u2714 Saved"));
        assertEquals("x Failed", AsciiFallback.of("\u2716 Failed"));
        assertEquals("  - A Notion account", AsciiFallback.of("  \u2022 A Notion account"));
        assertEquals("ntn_...7777", AsciiFallback.of("ntn_\u20267777"));
        assertEquals("Integration: My Script - Workspace: Acme", AsciiFallback.of("Integration: My Script \u00b7 Workspace: Acme"));
        assertEquals("Share -> Copy link", AsciiFallback.of("Share \u2192 Copy link"));
        assertEquals("\"quoted\" 'too'", AsciiFallback.of("\u201cquoted\u201d \u2018too\u2019"));
    }

    @Test
    void lettersLoseOnlyTheirAccentsAndTheRestIsAVisiblePlaceholderNotAQuestionMark() {
        assertEquals("Cafe Muller", AsciiFallback.of("Caf\u00e9 M\u00fcller"));
        String other = AsciiFallback.of("\u65e5\u672c \ud83d\ude80");
        assertEquals("__ _", other);
        assertFalse(other.contains("?"));
    }

    @Test
    void plainAsciiIsLeftAlone() {
        String text = "Choose 1-2 [1]: (b goes back, q quits)";
        assertEquals(text, AsciiFallback.of(text));
    }

    @Test
    void theWriterConvertsEverythingWrittenThroughIt() {
        StringWriter screen = new StringWriter();
        var writer = AsciiFallback.writer(screen);
        writer.print("\u2714 ok ");
        writer.write('\u2026');
        writer.println(" done");
        writer.flush();
        assertEquals("[ok] ok ... done" + System.lineSeparator(), screen.toString());
        assertTrue(screen.toString().chars().allMatch(c -> c < 0x80));
    }
}
