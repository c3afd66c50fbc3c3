package dev.notionsetup.cli;

import dev.notionsetup.setup.SetupCommand;
import dev.notionsetup.testing.Harness;
import dev.notionsetup.testing.ScriptedConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typos get the closest name, `help` is a command, the wizard refuses what it would ignore, and "why no prompt" is true. */
class CommandLineMannersTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "validat|Error: Unknown command or argument: 'validat'.|Did you mean 'notion-setup validate'?",
            "--josn|Error: Unknown option: '--josn'|Did you mean 'notion-setup --json'?",
            "validate --requre-access|Error: Unknown option: '--requre-access'"
                    + "|Did you mean 'notion-setup validate --require-access'?",
            "help validat|Error: There is no command 'validat'.|Did you mean 'notion-setup help validate'?",
            "verify|Error: Unknown command or argument: 'verify'.|Did you mean 'notion-setup validate'?",
            "check|Error: Unknown command or argument: 'check'.|Did you mean 'notion-setup validate'?",
            "statsu|Error: Unknown command or argument: 'statsu'.|Did you mean 'notion-setup status'?",
            "login|Error: Unknown command or argument: 'login'."
                    + "|Did you mean 'notion-setup'? With no command it runs the wizard, which saves a token.",
            "help verify|Error: There is no command 'verify'.|Did you mean 'notion-setup help validate'?",
            "--env x|Error: Unknown options: '--env', 'x'|Did you mean 'notion-setup --env-file'?",
            "validate --env=x|Error: Unknown option: '--env=x'|Did you mean 'notion-setup validate --env-file'?",
            "generate-completion --bogus|Error: Unknown option: '--bogus'"
                    + "|Run 'notion-setup generate-completion --help' for the options.",
            "ntn_notAnOptionButAPastedToken|Error: Unknown command or argument: 'ntn_…oken'."
                    + "|Run 'notion-setup --help' for the options."})
    void aTypoIsOneLineOfWhatAndOneOfTheClosestNameExit2(String args, String what, String fix) {
        Harness.Result run = new Harness(dir).run(args.split(" "));

        assertEquals(2, run.exitCode(), run.stderr());
        assertEquals(List.of(what, fix), run.stderr().lines().toList());
        assertEquals("", run.stdout());
    }

    @Test
    void helpWithoutACommandIsTheMainHelpAndWithOneIsThatCommandsHelp() {
        Harness.Result main = new Harness(dir).run("help");
        Harness.Result validate = new Harness(dir).run("help", "validate");

        assertEquals(0, main.exitCode());
        assertEquals(new Harness(dir).run("--help").stdout(), main.stdout());
        assertEquals(0, validate.exitCode());
        assertEquals(new Harness(dir).run("validate", "--help").stdout(), validate.stdout());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--yes", "-y", "--json", "-q", "--quiet", "--skip-validation", "--check-access",
            "--require-access"})
    void theWizardRefusesAnOptionItWouldIgnore(String option) throws Exception {
        ScriptedConsole console = new ScriptedConsole();
        Harness.Result run = new Harness(dir).console(console).env("NO_COLOR", "1").run(option);

        assertEquals(2, run.exitCode(), run.everything());
        String typed = option.length() == 2 ? "--" + Map.of("-y", "yes", "-q", "quiet").get(option) : option;
        String name = SetupCommand.WITHOUT_PROMPTS_ONLY.stream().map(Option::longName)
                .filter(n -> n.startsWith(typed))
                .findFirst().orElseThrow();
        List<String> lines = run.stderr().lines().toList();
        assertEquals("Error: " + name + " is only for runs without prompts, and this one would start the wizard.",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("Leave it out for the wizard, or give the token"), run.stderr());
        assertEquals(List.of(), console.prompts(), "nothing was asked");
        assertFalse(Files.exists(dir.resolve(".env")));
        if (option.equals("--json")) {
            assertTrue(run.stdout().startsWith("{\"ok\":false,"), "--json still gets its one object: " + run.stdout());
        }
    }

    @Test
    void ciOnATerminalSaysCiIsSetWithItsValueNotThatThereIsNoTerminal() {
        Harness.Result run = new Harness(dir).console(new ScriptedConsole()).env("CI", "1").env("NO_COLOR", "1").run();

        assertEquals(2, run.exitCode());
        assertEquals(List.of("Error: No token given, and CI is set (CI=1), so nothing can be asked.",
                "Run `env -u CI notion-setup` for the wizard, or give the token (--token-stdin, --token or"
                        + " NOTION_API_KEY)."), run.stderr().lines().toList());
    }

    @Test
    void theReasonNamesWhichEndIsNotATerminal() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        for (String end : List.of("standard input", "standard output")) {
            Dependencies deps = Dependencies.builder(Map.of()).streams(new ByteArrayInputStream(new byte[0]), nowhere,
                    nowhere).workingDir(dir).notATerminal(end).build();
            assertEquals(Optional.of(end + " is not a terminal"), deps.whyNoPrompt());
        }
        Dependencies atATerminal = Dependencies.builder(Map.of("CI", "false"))
                .streams(new ByteArrayInputStream(new byte[0]), nowhere, nowhere)
                .workingDir(dir)
                .terminal(true)
                .build();
        assertEquals(Optional.empty(), atATerminal.whyNoPrompt());
    }
}
