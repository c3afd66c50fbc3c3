package dev.notionsetup.term;

import dev.notionsetup.testing.ScriptedConsole;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinePrompterTest {

    private static LinePrompter prompter(ScriptedConsole console) {
        return new LinePrompter(console, new WriterOutput(console.writer(), Style.PLAIN, () -> 0, false));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "println ends lines with CRLF there")
    void choiceAcceptsANumberAndEnterTakesTheFirst() {
        ScriptedConsole console = new ScriptedConsole("2", "");
        LinePrompter p = prompter(console);
        assertEquals(new Answer.Given<>(1), p.choose("Pick", List.of("one", "two")));
        assertEquals(new Answer.Given<>(0), p.choose("Pick", List.of("one", "two")));
        assertTrue(console.screen().contains("  1) one\n  2) two"));
    }

    @Test
    void choiceAsksAgainOnNonsense() {
        ScriptedConsole console = new ScriptedConsole("7", "two", " 2 ");
        assertEquals(new Answer.Given<>(1), prompter(console).choose("Pick", List.of("one", "two")));
        assertEquals(3, console.prompts().size());
        assertTrue(console.screen().contains("Type a number from 1-2"));
    }

    @Test
    void confirmShowsTheDefaultAndEnterTakesIt() {
        ScriptedConsole console = new ScriptedConsole("", "n", "YES", "maybe", "y");
        LinePrompter p = prompter(console);
        assertEquals(new Answer.Given<>(true), p.confirm("Ready?", true));
        assertEquals(new Answer.Given<>(false), p.confirm("Ready?", true));
        assertEquals(new Answer.Given<>(true), p.confirm("Ready?", false));
        assertEquals(new Answer.Given<>(true), p.confirm("Ready?", false));
        assertEquals("Ready? [Y/n] ", console.prompts().get(0));
        assertEquals("Ready? [y/N] ", console.prompts().get(2));
    }

    @Test
    void backAndQuitWorkAtEveryKindOfPrompt() {
        ScriptedConsole console = new ScriptedConsole("b", "q", "back", "QUIT", "b");
        LinePrompter p = prompter(console);
        assertInstanceOf(Answer.Back.class, p.choose("Pick", List.of("one", "two")));
        assertInstanceOf(Answer.Quit.class, p.confirm("Ready?", true));
        assertInstanceOf(Answer.Back.class, p.ask("Name: "));
        assertInstanceOf(Answer.Quit.class, p.askSecret("Secret: "));
        assertInstanceOf(Answer.Back.class, p.proceed("Press Enter: "));
    }

    @Test
    void proceedIsEnterOrSkip() {
        LinePrompter p = prompter(new ScriptedConsole("", "s"));
        assertEquals(new Answer.Given<>(true), p.proceed("Press Enter: "));
        assertEquals(new Answer.Given<>(false), p.proceed("Press Enter: "));
    }

    @Test
    void ctrlCIsAnInterruptNotAnAnswer() {
        LinePrompter p = prompter(new ScriptedConsole(ScriptedConsole.CTRL_C));
        assertThrows(UserInterrupt.class, () -> p.ask("Name: "));
    }

    @Test
    void plainStyleHasNoEscapeCodesAndColourHas() {
        assertEquals("Warning: careful", Style.PLAIN.render(Tone.WARNING, "careful"));
        assertTrue(new Style(true).render(Tone.ERROR, "bad").contains("\u001b["));
        assertEquals(false, Style.decide(true, false, java.util.Map.of("NO_COLOR", "1")).color());
        assertEquals(false, Style.decide(true, false, java.util.Map.of("TERM", "dumb")).color());
        assertEquals(false, Style.decide(true, true, java.util.Map.of()).color());
        assertEquals(false, Style.decide(false, false, java.util.Map.of()).color());
        assertEquals(true, Style.decide(true, false, java.util.Map.of("TERM", "xterm")).color());
    }

    @Test
    void longTextIsWrappedAtWordsKeepingIndentation() {
        assertEquals("  aaa bbb\n  ccc", Wrap.wrap("  aaa bbb ccc", 10));
        assertEquals("short", Wrap.wrap("short", 10));
        assertEquals("  \u2022 aaa bbb\n    ccc ddd", Wrap.wrap("  \u2022 aaa bbb ccc ddd", 13));
        assertEquals("  1) aaa bbb\n     ccc", Wrap.wrap("  1) aaa bbb ccc", 12));
    }
}
