package dev.notionsetup.envfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DotenvQuotingTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '~', emptyValue = "", value = {
            "ntn_abcDEF0123456789_xyz | ntn_abcDEF0123456789_xyz",
            "secret_ABC123             | secret_ABC123",
            "~~                        | ~~",
            "https://api.notion.com/v1 | https://api.notion.com/v1",
            "a=b,c+d@e%f-g.h           | a=b,c+d@e%f-g.h",
            "a b                       | \"a b\"",
            "~ lead~                   | \" lead\"",
            "~trail ~                  | \"trail \"",
            "a#b                       | \"a#b\"",
            "it's                      | \"it's\"",
            "tab\there                 | \"tab\there\"",
            "héllo                     | \"héllo\"",
            "~a;b&c<d>~                | \"a;b&c<d>\"",
            "$HOME                     | '$HOME'",
            "a`b`                      | 'a`b`'",
            "say \"hi\"                | 'say \"hi\"'",
            "C:\\dir                   | 'C:\\dir'",
    })
    void writesTheSimplestFormAllReadersAgreeOn(String value, String expected) {
        assertEquals(Optional.of(expected), DotenvQuoting.quote(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "carriage\rreturn", "nul\0", "bell\u0007", "del\u007f",
            "it's $HOME", "it's \"quoted\"", "it's a\\b", "\"ends with backslash\\", "double \\\\ backslash \"x\"",
            "$ends with backslash\\", "$double\\\\backslash"})
    void refusesValuesNoFormIsReadTheSameWayByAllReaders(String value) {
        assertEquals(Optional.empty(), DotenvQuoting.quote(value));
        assertFalse(DotenvQuoting.canWrite(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "a b", "a#b", "it's", "$HOME", "say \"hi\"", "C:\\dir", " x ", "a\tb"})
    void whatIsWrittenReadsBackAsTheSameValue(String value) {
        String line = "KEY=" + DotenvQuoting.quote(value).orElseThrow() + "\n";
        assertEquals(Optional.of(value), EnvDocument.parse(line).get("KEY"));
    }
}
