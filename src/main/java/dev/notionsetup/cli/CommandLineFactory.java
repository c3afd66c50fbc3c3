package dev.notionsetup.cli;

import dev.notionsetup.run.RunCommand;
import dev.notionsetup.setup.SetupCommand;
import dev.notionsetup.status.LogoutCommand;
import dev.notionsetup.status.StatusCommand;
import dev.notionsetup.term.Style;
import dev.notionsetup.validate.ValidateCommand;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Builds the command line in one place: commands with their dependencies, output writers, colour, and the
 * mapping of every failure to one line of what happened, one of what to do, and a documented exit code.
 * Tests use this same factory with captured streams.
 */
public final class CommandLineFactory {
    /** Picocli's setting: a comma-separated list of patterns of the class names it makes no converter for. */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private CommandLineFactory() {
    }

    public static CommandLine create(Dependencies deps) {
        skipUnusedConverters();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(deps.stdout(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(deps.stderr(), StandardCharsets.UTF_8), true);
        CommandLine cmd = new CommandLine(new SetupCommand(deps).spec());
        cmd.addSubcommand("validate", new ValidateCommand(deps).spec());
        cmd.addSubcommand("run", new RunCommand(deps).spec());
        cmd.addSubcommand("status", new StatusCommand(deps).spec());
        cmd.addSubcommand("logout", new LogoutCommand(deps).spec());
        cmd.addSubcommand("generate-completion", new CompletionCommand().spec());
        cmd.addSubcommand("help", new HelpCommand().spec());
        boolean color = Style.decide(deps.terminal(), false, deps.env()).color();
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cmd.setOut(out);
        cmd.setErr(err);
        FailureHandler failures = new FailureHandler(deps);
        cmd.setParameterExceptionHandler(failures);
        cmd.setExecutionExceptionHandler(failures);
        cmd.setExecutionStrategy(new Execution(deps));
        return cmd;
    }

    /**
     * Each command's parser would otherwise register a converter for every java.time, java.sql and
     * java.nio.file type picocli knows, by reflection, loading and initialising those classes on every start,
     * for options whose types need none of them or bring their own converter (CommandLineFactoryTest). A value
     * already set is kept.
     */
    private static void skipUnusedConverters() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\..*");
        }
    }
}
