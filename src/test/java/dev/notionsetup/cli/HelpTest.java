package dev.notionsetup.cli;

import dev.notionsetup.setup.SetupCommand;
import dev.notionsetup.testing.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.OutputStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command's --help: examples a person can copy, exit codes, and lines that fit 80 columns. */
class HelpTest {
    @TempDir
    Path dir;

    private String help(String... command) {
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        Harness.Result run = new Harness(dir).run(args);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("", run.stderr());
        return run.stdout();
    }

    /** The cron line both the main help and validate's show. */
    private static final String CRON_EXAMPLE = "*/30 * * * * cd /srv/app && notion-setup validate -q || notify-ops";

    private static void assertShows(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), part + " is not in:\n" + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "generate-completion"})
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "picocli's %n is CRLF there")
    void everyCommandHasExamplesAndFitsEightyColumns(String command) {
        String text = command.isEmpty() ? help() : help(command);

        assertTrue(text.contains("\nExamples:\n"), text);
        text.lines().forEach(line -> assertTrue(line.length() <= 80, "wider than 80 columns: " + line));
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "picocli's %n is CRLF there")
    void theMainHelpShowsTheWizardCiAndCron() {
        assertShows(help(),
                "  notion-setup                     Interactive wizard",
                "printenv NOTION_TOKEN | notion-setup --token-stdin --yes",
                CRON_EXAMPLE,
                "\nExit codes:\n  0     ok",
                "  130   interrupted",
                "Environment: NOTION_API_KEY");
    }

    @Test
    void validateHelpShowsScriptsCiAndCron() {
        assertShows(help("validate"),
                "notion-setup validate --json | jq .ok",
                "printenv NOTION_TOKEN | notion-setup validate --token-stdin",
                CRON_EXAMPLE,
                "  4     nothing shared, or no Read content");
    }

    @Test
    void exactlyTheOptionsTheWizardRefusesAreMarkedNoPromptsInOneStyle() {
        CommandSpec setup = model().getCommandSpec();
        for (OptionSpec option : setup.options()) {
            String description = String.join(" ", option.description());
            boolean refused = SetupCommand.WITHOUT_PROMPTS_ONLY.stream().map(Option::longName)
                    .anyMatch(option.longestName()::equals);
            assertEquals(refused, description.startsWith("No prompts: "), option.longestName() + ": " + description);
            if (refused) {
                char next = description.charAt("No prompts: ".length());
                assertTrue(Character.isLowerCase(next), "one style after the mark: " + description);
            }
        }
    }

    @Test
    void validateReadsTheVariableItDoesNotWriteIt() {
        String var = String.join(" ", model().getSubcommands().get("validate").getCommandSpec().findOption("--var")
                .description());

        assertTrue(var.startsWith("The variable the token is read from"), var);
        assertFalse(var.contains("written"), var);
    }

    private static CommandLine model() {
        return Harness.model(OutputStream.nullOutputStream());
    }

    @Test
    void completionHelpShowsBashAndZsh() {
        String text = help("generate-completion");

        assertTrue(text.contains("source <(notion-setup generate-completion)"), text);
        assertTrue(text.contains("~/.bashrc"), text);
        assertTrue(text.contains("zsh"), text);
    }

    @Test
    void theCompletionCommandReportsOurVersionNotPicocli() {
        Harness.Result run = new Harness(dir).run("generate-completion", "--version");

        assertTrue(run.stdout().startsWith("notion-setup "), run.stdout());
    }

    @Test
    void helpOnAPipeHasNoEscapeCodes() {
        assertFalse(help().contains("\u001b"));
    }

    @Test
    void anOptionBeforeTheSubcommandIsAUsageErrorThatSaysWhereItGoes() {
        Harness.Result run = new Harness(dir).run("--json", "validate");

        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("--json was given before 'validate', where it does not apply."),
                run.stderr());
        assertTrue(run.stderr().contains("notion-setup validate --json"), run.stderr());
        assertEquals("", run.stdout());
    }
}
