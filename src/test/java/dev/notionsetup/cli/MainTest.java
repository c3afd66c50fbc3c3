package dev.notionsetup.cli;

import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Model.OptionSpec;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What is decided before picocli parses is held to the model: a lone version option is answered as the model's
 * own, and a run without arguments opens the console early only where the model's run would open it.
 */
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

    @Test
    void aRunWithoutArgumentsOpensTheConsoleEarlyOnlyWhereTheModelsRunOpensIt(@TempDir Path dir) {
        Dependencies atATerminal = Dependencies.builder(Map.of()).terminal(true).build();
        assertTrue(Main.opensTheConsoleFirst(new String[0], atATerminal));
        Harness person = new Harness(dir).console(new ScriptedConsole(ScriptedConsole.CTRL_C));
        person.run();
        assertTrue(person.consoleOpened(), "the model's run without arguments at a terminal asks a person");

        Dependencies inCi = Dependencies.builder(Map.of("CI", "true")).terminal(true).build();
        assertFalse(Main.opensTheConsoleFirst(new String[0], inCi));
        Harness ci = new Harness(dir).console(new ScriptedConsole()).env("CI", "true");
        ci.run();
        assertFalse(ci.consoleOpened(), "in CI the model's run asks nobody");

        assertFalse(Main.opensTheConsoleFirst(new String[0], Dependencies.builder(Map.of()).build()),
                "without a terminal nothing is opened early");
        assertFalse(Main.opensTheConsoleFirst(new String[] {"--no-browser"}, atATerminal),
                "with arguments the parse decides");
    }
}
