package dev.notionsetup.setup;

import dev.notionsetup.testing.FakeNotion;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database with thousands of data sources (and a workspace with many databases): every list shown, in the
 * wizard's menus and in the refusal of a run without a person, is the first few and the count of the rest,
 * with the way to name any of them.
 */
class LongListsTest {
    static final String DB = "be907abe510e4116a3d17ea71018c06f";
    static final int SOURCES = 8000;

    @TempDir
    Path dir;
    @RegisterExtension
    final FakeNotion fake = new FakeNotion().accept(TOKEN).sharePage("Roadmap");

    static String sourceId(int i) {
        return String.format("%032x", 0x5000_0000L + i);
    }

    void shareDatabaseWithManySources() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < SOURCES; i++) {
            sources.put(sourceId(i), "Source " + i);
        }
        fake.shareDatabase(DB, "Big", sources);
    }

    @Test
    void theUnattendedRefusalListsAFewAndSaysHowToNameAnother() {
        shareDatabaseWithManySources();

        Harness.Result result = new Harness(dir).env("CI", "true").stdin(TOKEN).run("--api-url", fake.url(),
                "--notion-version", "2025-09-03", "--token-stdin", "--database", DB);

        assertEquals(2, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("has 8000 data sources: \"Source 0\" (" + sourceId(0) + "), "), result.stderr());
        assertTrue(result.stderr().contains("\"Source 8\" (" + sourceId(8) + "), \u2026 and 7991 more."), result.stderr());
        assertFalse(result.stderr().contains(sourceId(9)), "the tenth is not listed");
        assertTrue(result.stderr().contains("--data-source " + sourceId(0)), result.stderr());
        assertTrue(result.stderr().length() < 2000, "bounded: " + result.stderr().length() + " characters");
        assertFalse(Files.exists(dir.resolve(".env")));
    }

    @Test
    void theWizardsMenuListsAFewAndTakesAPastedIdOfAnother() throws Exception {
        shareDatabaseWithManySources();
        ScriptedConsole console = new ScriptedConsole("", "2", TOKEN, "", "", "1", "10", "", "10", "not an id",
                sourceId(4999), ""); // Enter: the token lives in .env

        Harness.Result run = new Harness(dir).console(console).run("--api-url", fake.url(), "--notion-version",
                "2025-09-03");

        assertEquals(0, run.exitCode(), run.screen());
        assertTrue(run.screen().contains("\"Big\" has 8000 data sources"), run.screen());
        assertTrue(run.screen().contains("Paste a data source id (7991 more are not listed)"), run.screen());
        assertFalse(run.screen().contains(sourceId(9)), "the tenth is not listed");
        assertTrue(run.screen().contains("That isn't the id of one of this database's data sources."), run.screen());
        assertTrue(run.screen().length() < 20_000, "bounded: " + run.screen().length() + " characters");
        assertTrue(Files.readString(dir.resolve(".env")).contains("NOTION_DATA_SOURCE_ID=" + sourceId(4999) + "\n"));
        assertEquals(0, console.unusedLines());
    }
}
