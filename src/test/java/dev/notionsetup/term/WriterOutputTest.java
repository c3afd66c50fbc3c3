package dev.notionsetup.term;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wrapping to the terminal's width, except what is meant to be copied; --quiet keeps each error's fix. */
class WriterOutputTest {
    private final StringWriter screen = new StringWriter();

    private WriterOutput output(int width, boolean quiet) {
        return new WriterOutput(new PrintWriter(screen), Style.PLAIN, () -> width, quiet);
    }

    private List<String> lines() {
        return screen.toString().lines().toList();
    }

    @Test
    void proseIsWrappedButACommandNeverIsAtSixtyColumns() {
        String curl = "  curl -s -X POST \"https://api.notion.com/v1/databases/$NOTION_DATABASE_ID/query\" \\";
        WriterOutput out = output(60, false);
        out.show(Tone.PLAIN, "Under 'Internal Integration Secret' in the Configuration tab, click 'Show' and copy.");
        out.show(Tone.COMMAND, curl);

        List<String> lines = lines();
        assertTrue(lines.size() == 3, screen.toString());
        lines.subList(0, 2).forEach(line -> assertTrue(line.length() <= 58, line));
        assertEquals(curl, lines.get(2));
    }

    @Test
    void aWarningsWordCountsTowardsTheWidth() {
        output(60, false).show(Tone.WARNING, "Your integration can't see any pages or databases yet, so share one.");

        lines().forEach(line -> assertTrue(line.length() <= 58, line));
        assertTrue(lines().get(0).startsWith("Warning: Your integration"), screen.toString());
    }

    @Test
    void aBacktickedCommandInASentenceIsNotSplit() {
        String path = "/home/someone/projects/my-notion-script/config/.env";
        output(60, false).show(Tone.WARNING, "Others can read " + path + "; run `chmod 600 " + path
                + "` to keep the token private.");

        assertTrue(lines().stream().anyMatch(line -> line.contains("`chmod 600 " + path + "`")), screen.toString());
    }

    @Test
    void quietShowsErrorsWithTheirFixAndNothingElse() {
        WriterOutput out = output(0, true);
        out.show(Tone.HINT, "Notion is unavailable (503); waiting 1.2 s... (retry 1 of 2)");
        out.show(Tone.SUCCESS, "Token verified");
        out.show(Tone.ERROR, "Notion rejected the token (401 unauthorized).");
        out.show(Tone.HINT, "Copy the Internal Integration Secret again.");
        out.show(Tone.HINT, "A later hint is not the error's fix.");

        assertEquals(List.of("Error: Notion rejected the token (401 unauthorized).",
                "Copy the Internal Integration Secret again."), lines());
    }
}
