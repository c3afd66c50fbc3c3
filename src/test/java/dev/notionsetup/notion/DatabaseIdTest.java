package dev.notionsetup.notion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseIdTest {
    static final String ID = "be907abe510e4116a3d17ea71018c06f";
    static final String VIEW = "0123456789abcdef0123456789abcdef";
    static final String PAGE = "11111111222233334444555555555555";

    @ParameterizedTest
    @ValueSource(strings = {
            ID,
            "BE907ABE510E4116A3D17EA71018C06F",
            "be907abe-510e-4116-a3d1-7ea71018c06f",
            "  be907abe510e4116a3d17ea71018c06f\n",
            "\"be907abe510e4116a3d17ea71018c06f\"",
            "'be907abe-510e-4116-a3d1-7ea71018c06f'",
            // the guide's form: workspace, title slug, view parameter (the v= id is a view, not the database)
            "https://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f?v=" + VIEW,
            "https://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f?v=" + VIEW + "&pvs=4",
            // p= is a page peeked on top of the database: still the database's URL
            "https://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f?v=" + VIEW + "&p=" + PAGE + "&pm=s",
            "https://www.notion.so/be907abe510e4116a3d17ea71018c06f?v=" + VIEW,
            "https://notion.so/be907abe510e4116a3d17ea71018c06f",
            "https://www.notion.so/acme/be907abe510e4116a3d17ea71018c06f",
            "https://www.notion.so/Tasks-be907abe510e4116a3d17ea71018c06f",
            "https://www.notion.so/My-Team-Tasks-2025-be907abe510e4116a3d17ea71018c06f",
            "https://www.notion.so/acme/Tasks-be907abe-510e-4116-a3d1-7ea71018c06f",
            "https://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f/",
            "https://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f#" + PAGE,
            "https://acme.notion.site/Tasks-be907abe510e4116a3d17ea71018c06f",
            "https://acme.notion.site/be907abe510e4116a3d17ea71018c06f?v=" + VIEW,
            "https://www.notion.com/acme/Tasks-be907abe510e4116a3d17ea71018c06f",
            "HTTPS://WWW.NOTION.SO/acme/Tasks-BE907ABE510E4116A3D17EA71018C06F?v=" + VIEW,
            "www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f?v=" + VIEW,
            "notion.so/be907abe510e4116a3d17ea71018c06f",
            "notion://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f",
            "<https://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f?v=" + VIEW + ">",
            "  \"https://www.notion.so/acme/Tasks-be907abe510e4116a3d17ea71018c06f?v=" + VIEW + "\"  ",
            "https://www.notion.so/acme/T%C3%A2ches-be907abe510e4116a3d17ea71018c06f",
            "https://www.notion.so/acme/Tâches-be907abe510e4116a3d17ea71018c06f",
    })
    void findsTheDatabaseIdInEveryForm(String input) {
        assertEquals(Optional.of(ID), DatabaseId.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "Tasks",
            "be907abe510e4116a3d17ea71018c06",                  // 31
            "be907abe510e4116a3d17ea71018c06f0",                // 33
            "be907abe510e4116a3d17ea71018c06g",                 // not hex
            "be907abe-510e-4116-a3d17ea71018c06f",              // wrong dashes
            "https://www.notion.so/acme/Tasks?v=" + VIEW,        // only a view id: must not be picked
            "https://www.notion.so/acme?p=" + PAGE,              // only a page peek
            "https://www.notion.so/acme",
            "https://www.notion.so/",
            "https://www.notion.so/acme/Tasks#" + ID,           // an anchor is not the database
            "https://www.notion.so/acme/Tasksbe907abe510e4116a3d17ea71018c06f", // no separator
            "https://example.com/Tasks-be907abe510e4116a3d17ea71018c06f",
            "https://evilnotion.so/be907abe510e4116a3d17ea71018c06f",
            "https://notion.so.evil.example/be907abe510e4116a3d17ea71018c06f",
            "https://user@evil.example/notion.so/be907abe510e4116a3d17ea71018c06f",
            "ntn_1234567890abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
    })
    void findsNothingWhereThereIsNoDatabaseId(String input) {
        assertEquals(Optional.empty(), DatabaseId.parse(input));
    }

    @Test
    void nullIsNothing() {
        assertEquals(Optional.empty(), DatabaseId.parse(null));
        assertEquals(Optional.empty(), DatabaseId.normalize(null));
    }

    @Test
    void normalizeAcceptsOnlyBareIds() {
        assertEquals(Optional.of(ID), DatabaseId.normalize("BE907ABE-510E-4116-A3D1-7EA71018C06F"));
        assertEquals(Optional.empty(), DatabaseId.normalize("https://www.notion.so/" + ID));
    }

    @Test
    void dashedIsTheUuidForm() {
        assertEquals("be907abe-510e-4116-a3d1-7ea71018c06f", DatabaseId.dashed(ID));
        assertThrows(IllegalArgumentException.class, () -> DatabaseId.dashed("nope"));
    }
}
