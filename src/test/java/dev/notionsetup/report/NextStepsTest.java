package dev.notionsetup.report;

import dev.notionsetup.notion.NotionVersion;
import dev.notionsetup.term.Style;
import dev.notionsetup.term.WriterOutput;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The closing commands paste as commands at any width: one per line, or split only at " \" continuations. */
class NextStepsTest {
    @Test
    void atSixtyColumnsTheFirstCallIsOneCommandSplitOnlyAtContinuations() {
        StringWriter screen = new StringWriter();
        NextSteps.show(new WriterOutput(new PrintWriter(screen), Style.PLAIN, () -> 60, false), "./.env",
                NotionVersion.parse("2022-06-28"), true, false, "NOTION_API_KEY");

        List<String> lines = screen.toString().lines().toList();
        int first = lines.indexOf("  set -a; . ./.env; set +a");
        assertTrue(first > 0, screen.toString());
        List<String> curl = lines.subList(first + 1, first + 5);
        assertEquals(List.of(
                "  curl -s -X POST \"https://api.notion.com/v1/databases/$NOTION_DATABASE_ID/query\" \\",
                "    -H \"Content-Type: application/json\" -d '{\"page_size\": 5}' \\",
                "    -H \"Authorization: Bearer $NOTION_API_KEY\" \\",
                "    -H \"Notion-Version: 2022-06-28\""), curl);
        assertTrue(lines.contains("  notion-setup validate"), screen.toString());
    }

    @Test
    void theHealthCheckNamesAnEnvFileAndAVariableOtherThanTheDefaults() {
        StringWriter screen = new StringWriter();
        NextSteps.show(new WriterOutput(new PrintWriter(screen), Style.PLAIN, () -> 80, false), "config/.env",
                NotionVersion.parse("2022-06-28"), false, false, "NOTION_TOKEN");

        assertTrue(screen.toString().lines().toList()
                        .contains("  notion-setup validate --env-file config/.env --var NOTION_TOKEN"), screen.toString());
    }

    @Test
    void onWindowsTheFirstCallIsInPowerShellsWords() {
        StringWriter screen = new StringWriter();
        NextSteps.show(new WriterOutput(new PrintWriter(screen), Style.PLAIN, () -> 200, false), "./.env",
                NotionVersion.parse("2025-09-03"), true, true, "NOTION_API_KEY", true);

        String text = screen.toString();
        assertTrue(text.contains("  Get-Content .\\.env | ForEach-Object {"), text);
        assertTrue(text.contains("Invoke-RestMethod -Method Post \"https://api.notion.com/v1/data_sources/"
                + "$env:NOTION_DATA_SOURCE_ID/query\""), text);
        assertTrue(text.contains("Authorization = \"Bearer $env:NOTION_API_KEY\"; \"Notion-Version\" = \"2025-09-03\""),
                text);
        assertTrue(!text.contains("set -a") && !text.contains("curl"), text);
    }
}
