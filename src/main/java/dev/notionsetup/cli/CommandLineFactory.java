package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.prompt.Style;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.token.Secrets;
import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds the command line in one place: commands with their dependencies, output writers, colour, and the
 * mapping of every failure to one line of what happened, one of what to do, and a documented exit code.
 * Tests use this same factory with captured streams.
 */
public final class CommandLineFactory {
    /** An unexpected exception: a bug, not something the user did. */
    public static final int INTERNAL_ERROR = 70;

    private CommandLineFactory() {
    }

    public static CommandLine create(Dependencies deps) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(deps.stdout(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(deps.stderr(), StandardCharsets.UTF_8), true);
        CommandLine cmd = new CommandLine(new SetupCommand(deps).spec());
        cmd.addSubcommand("validate", new ValidateCommand(deps).spec());
        cmd.addSubcommand("generate-completion", new CompletionCommand().spec());
        boolean color = Style.decide(deps.terminal(), false, deps.env()).color();
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine bad = ex.getCommandLine();
            Style style = Style.decide(deps.terminal(), false, deps.env());
            // picocli quotes the arguments it could not place; one of them may be a pasted token.
            bad.getErr().println(style.render(Tone.ERROR, Secrets.redact(ex.getMessage())));
            bad.getErr().println(style.render(Tone.HINT, ex instanceof MisplacedOption misplaced ? misplaced.fix
                    : "Run '" + bad.getCommandSpec().qualifiedName() + " --help' for the options."));
            return ExitCode.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean noColor = parseResult.hasMatchedOption("--no-color");
            CommandLine.ParseResult ran = parseResult.subcommand() != null ? parseResult.subcommand() : parseResult;
            boolean json = ran.hasMatchedOption("--json");
            boolean verbose = ran.hasMatchedOption("--verbose");
            Style style = Style.decide(deps.terminal(), noColor, deps.env());
            if (ex instanceof UserError given) {
                // Option values are repeated in some messages (--api-url, --notion-version): mask a misplaced token.
                UserError problem = new UserError(Secrets.redact(given.what()), Secrets.redact(given.fix()),
                        given.exitCode(), given.getCause());
                commandLine.getErr().println(style.render(Tone.ERROR, problem.what()));
                commandLine.getErr().println(style.render(Tone.HINT, problem.fix()));
                if (verbose && problem.getCause() != null) {
                    problem.getCause().printStackTrace(commandLine.getErr());
                }
                if (json) {
                    new JsonReport(deps.stdout()).error(kindOf(problem.exitCode()), problem).print();
                }
                return problem.exitCode();
            }
            commandLine.getErr().println(style.render(Tone.ERROR, "Unexpected error ("
                    + ex.getClass().getSimpleName() + "). This is a bug in notion-setup."));
            commandLine.getErr().println(style.render(Tone.HINT, verbose ? "Please report it with the trace below."
                    : "Run again with --verbose for details, and please report it."));
            if (verbose) {
                ex.printStackTrace(commandLine.getErr());
            }
            return INTERNAL_ERROR;
        });
        cmd.setExecutionStrategy(parseResult -> {
            rejectOptionsBeforeSubcommand(parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
        return cmd;
    }

    /**
     * picocli gives options placed before a subcommand to the top-level command, which then does not run:
     * `notion-setup --json validate` would silently print no JSON. Say where the option belongs instead.
     */
    private static void rejectOptionsBeforeSubcommand(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult.subcommand();
        if (sub == null) {
            return;
        }
        List<String> misplaced = parseResult.matchedOptions().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp())
                .map(CommandLine.Model.OptionSpec::longestName).distinct().toList();
        if (!misplaced.isEmpty()) {
            String name = sub.commandSpec().name();
            throw new MisplacedOption(parseResult.commandSpec().commandLine(),
                    String.join(", ", misplaced) + " was given before '" + name + "', where it does not apply.",
                    "Put it after the command: notion-setup " + name + " " + String.join(" ", misplaced) + " \u2026");
        }
    }

    /** A usage error that knows its own fix. */
    private static final class MisplacedOption extends CommandLine.ParameterException {
        final String fix;

        MisplacedOption(CommandLine commandLine, String what, String fix) {
            super(commandLine, what);
            this.fix = fix;
        }
    }

    private static String kindOf(int exitCode) {
        return switch (exitCode) {
            case ExitCode.ENV_FILE -> "env_file";
            case ExitCode.INTERRUPTED -> "interrupted";
            default -> "usage";
        };
    }
}
