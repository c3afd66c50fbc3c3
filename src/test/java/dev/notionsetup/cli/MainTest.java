package dev.notionsetup.cli;

import dev.notionsetup.testing.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Model.OptionSpec;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one answer given before picocli parses, a lone version option, is held to the model's own. */
class MainTest {
    @Test
    void theVersionNamesAnsweredEarlyAreThoseOfTheModelsVersionOption() {
        List<String> modelNames = Harness.model(new ByteArrayOutputStream()).getCommandSpec().options().stream()
                .filter(OptionSpec::versionHelp)
                .flatMap(option -> Stream.of(option.names()))
                .toList();
        assertEquals(Set.copyOf(modelNames), Set.copyOf(VersionProvider.NAMES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void theEarlyAnswerIsTheOnePicocliGives(String name) {
        ByteArrayOutputStream early = new ByteArrayOutputStream();
        assertTrue(Main.printedVersionOnly(new String[] {name}, new PrintStream(early, true, StandardCharsets.UTF_8)));

        ByteArrayOutputStream parsed = new ByteArrayOutputStream();
        assertEquals(0, Harness.model(parsed).execute(name));
        assertEquals(parsed.toString(StandardCharsets.UTF_8), early.toString(StandardCharsets.UTF_8));
        assertTrue(early.toString(StandardCharsets.UTF_8).startsWith("notion-setup "), early.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-qV", "--version validate", "validate --version", "--versio", "-V -V", "--var -V"})
    void anythingElseIsLeftToPicocli(String args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertFalse(Main.printedVersionOnly(args.split(" "), new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertEquals(0, out.size());
    }
}
