package dev.notionsetup.envfile;

import dev.notionsetup.token.Secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportedVariableCheckTest {
    private static final String KEY = "NOTION_API_KEY";

    @Test
    void notExportedIsFine() {
        assertEquals(Optional.empty(), new ExportedVariableCheck(Map.of()).warning(KEY, Secret.of("ntn_new"), ".env"));
    }

    @Test
    void exportedWithTheSameValueIsFine() {
        assertEquals(Optional.empty(), new ExportedVariableCheck(Map.of(KEY, "ntn_new")).warning(KEY, Secret.of("ntn_new"), ".env"));
    }

    @Test
    void exportedWithAnotherValueIsAOneLineWarningWithoutEitherValue() {
        String warning = new ExportedVariableCheck(Map.of(KEY, "ntn_OLDSECRET"))
                .warning(KEY, Secret.of("ntn_NEWSECRET"), ".env").orElseThrow();
        assertTrue(warning.startsWith(KEY + " is also set in your environment"), warning);
        assertTrue(warning.contains("unset " + KEY), warning);
        assertFalse(warning.contains("SECRET"), warning);
        assertFalse(warning.contains("\n"), warning);
    }
}
