package dev.notionsetup.notion;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotionVersionTest {

    @Test
    void theDefaultIsTheGuidesVersion() {
        assertEquals("2022-06-28", NotionVersion.DEFAULT.value());
        assertEquals(NotionVersion.DEFAULT, NotionVersion.parse(null));
        assertEquals(new NotionVersion("2025-09-03"), NotionVersion.parse(" 2025-09-03 "));
    }

    @Test
    void dataSourcesFrom20250903() {
        assertFalse(NotionVersion.DEFAULT.usesDataSources());
        assertFalse(new NotionVersion("2022-06-28").usesDataSources());
        assertTrue(new NotionVersion("2025-09-03").usesDataSources());
        assertTrue(new NotionVersion("2026-03-11").usesDataSources());
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "2022-6-28", "2022-13-01", "2022-06-32", "", "2022-06-28x"})
    void aValueThatIsNotADateIsAUsageError(String value) {
        assertEquals(ExitCode.USAGE, assertThrows(UserError.class, () -> new NotionVersion(value)).exitCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-05-11", "2022-06-28", "2025-09-03", "2026-03-11"})
    void aPublishedVersionHasNoWarning(String value) {
        assertTrue(new NotionVersion(value).warning().isEmpty());
    }

    @Test
    void anUnknownDateIsUsedWithAWarningThatSaysWhichWay() {
        assertTrue(new NotionVersion("2027-02-01").warning().orElseThrow().contains("newer than the versions"));
        assertTrue(new NotionVersion("2023-01-01").warning().orElseThrow().contains("not one Notion has published"));
    }

    @Test
    void atLeastTakesTheLaterVersion() {
        assertEquals(NotionVersion.DATA_SOURCES, NotionVersion.DEFAULT.atLeast(NotionVersion.DATA_SOURCES));
        assertEquals(new NotionVersion("2026-03-11"), new NotionVersion("2026-03-11").atLeast(NotionVersion.DATA_SOURCES));
    }
}
