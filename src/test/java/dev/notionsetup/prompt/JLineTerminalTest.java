package dev.notionsetup.prompt;

import org.jline.utils.InfoCmp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The terminal descriptions the wizard reads from JLine's jar itself (instead of running infocmp): exactly
 * what JLine's own reader gives, for every type JLine carries, so a JLine upgrade that changes either shows
 * here.
 */
class JLineTerminalTest {
    /** Every terminal type JLine 3.30 carries a description of (its InfoCmp's list). */
    static Stream<String> bundledTypes() {
        return Stream.of("dumb", "dumb-color", "ansi", "xterm", "xterm-256color", "windows", "windows-256color",
                "windows-conemu", "windows-vtp", "screen", "screen-256color", "rxvt-unicode", "rxvt-unicode-256color",
                "rxvt-basic", "rxvt");
    }

    @ParameterizedTest
    @MethodSource("bundledTypes")
    void aBundledDescriptionIsReadExactlyAsJLineReadsIt(String type) {
        String jline = InfoCmp.getDefaultInfoCmp(type);
        assertNotNull(jline, "JLine no longer carries " + type + ": update the list");
        assertEquals(jline, JLineTerminal.bundledDescription(type));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tmux-256color", "alacritty", "../utils/xterm", "xterm/../../x", "xterm\u00e9", "a b"})
    void otherTypesAndNamesThatAreNoTypeAreLeftToTheSystem(String type) {
        assertNull(JLineTerminal.bundledDescription(type));
    }
}
