package dev.notionsetup.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which runs open the wizard's terminal while the command line is parsed (and leave the HTTP warm-up to the
 * wizard): a terminal, no CI, no other command, no help, no token given.
 */
class WizardGuessTest {
    private static final Map<String, String> NO_TOKEN = Map.of("TERM", "xterm-256color", "HOME", "/home/ada");

    @ParameterizedTest
    @ValueSource(strings = {"", "--env-file app/.env", "--no-browser", "--api-url http://127.0.0.1:8765",
            "--var MY_KEY", "--notion-version 2025-09-03 --timeout 30", "--yes"})
    void aBareRunOrWizardOptionsInATerminalIsLikelyTheWizard(String args) {
        assertTrue(WizardGuess.likely(split(args), NO_TOKEN, true), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "validate --json", "help", "help validate", "generate-completion", "--help",
            "-h", "--version", "-V", "-qh", "--token ntn_x", "--token=ntn_x", "--token-stdin --yes"})
    void anotherCommandHelpOrAGivenTokenIsNot(String args) {
        assertFalse(WizardGuess.likely(split(args), NO_TOKEN, true), args);
    }

    @Test
    void withoutATerminalOrWithCiNothingIsAsked() {
        assertFalse(WizardGuess.likely(new String[0], NO_TOKEN, false));
        assertFalse(WizardGuess.likely(new String[0], Map.of("CI", "true"), true));
        assertTrue(WizardGuess.likely(new String[0], Map.of("CI", "false"), true), "CI=false is no CI");
        assertTrue(WizardGuess.likely(new String[0], Map.of("CI", ""), true), "an empty CI is no CI");
    }

    @Test
    void aTokenInTheEnvironmentStillMeansTheTerminalAsksWhetherToUseIt() {
        assertTrue(WizardGuess.likely(new String[0], Map.of("NOTION_API_KEY", "ntn_x"), true));
        assertTrue(WizardGuess.likely(new String[0], Map.of("NOTION_API_TOKEN", "ntn_x"), true));
        assertFalse(WizardGuess.likely(new String[0], Map.of("NOTION_API_KEY", "ntn_x", "CI", "true"), true));
    }

    private static String[] split(String args) {
        return args.isEmpty() ? new String[0] : args.split(" ");
    }
}
