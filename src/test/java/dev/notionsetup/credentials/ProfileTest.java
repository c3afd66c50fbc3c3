package dev.notionsetup.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileTest {
    @ParameterizedTest
    @ValueSource(strings = {"default", "work", "client-a", "staging.eu", "team_2", "A"})
    void takesNamesMadeOfLettersDigitsDotsDashesAndUnderscores(String name) {
        assertEquals(name, new Profile(name).name());
    }

    @Test
    void takesSixtyFourCharactersButNotSixtyFive() {
        assertEquals(64, new Profile("p".repeat(64)).name().length());
        assertThrows(UserError.class, () -> new Profile("p".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "../work", "a/b", "a'b", "a\"b", "-w x", "a;b", "a\nb", "caf\u00e9",
        "a\u001b[31m"})
    void refusesAnythingThatWouldNeedQuotingAsAUsageError(String name) {
        UserError refused = assertThrows(UserError.class, () -> new Profile(name));
        assertEquals(ExitCode.USAGE, refused.exitCode());
        assertFalse(refused.what().contains("\u001b"), refused.what());
        assertFalse(refused.what().contains("\n"), refused.what());
    }

    @Test
    void theDefaultProfileIsNamedDefault() {
        assertEquals("default", Profile.DEFAULT.name());
    }
}
