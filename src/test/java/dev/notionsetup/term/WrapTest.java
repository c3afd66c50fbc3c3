package dev.notionsetup.term;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WrapTest {
    @Test
    void backtickedSpansAreOneWord() {
        assertEquals(List.of("run", "`chmod 600 .env`", "now"), Wrap.words("run `chmod 600 .env` now"));
    }

    @Test
    void aBulletHangsItsContinuationUnderItsText() {
        assertEquals("  \u2022 one two\n    three", Wrap.wrap("  \u2022 one two three", 13));
    }
}
