package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.prompt.Style;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.token.Secrets;
import picocli.CommandLine;

/**
 * A command that stopped with an exception: a {@link UserError} becomes its two lines (and the --json error
 * object) with its exit code; anything else is a bug, exit {@link CommandLineFactory#INTERNAL_ERROR}.
 * A class, not a lambda: see {@link UsageErrorHandler}.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    private final Dependencies deps;

    FailureHandler(Dependencies deps) {
        this.deps = deps;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
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
            return problem.exitCode().code();
        }
        if (ex.getCause() instanceof OutOfMemoryError) {
            // Never exit 1 ("rejected by Notion"), and no trace: the one line says what to do.
            commandLine.getErr().println(style.render(Tone.ERROR, "notion-setup ran out of memory."));
            commandLine.getErr().println(style.render(Tone.HINT, "Nothing more was done. Run it again with more"
                    + " memory (JAVA_OPTS=-Xmx512m) and please report what you ran."));
            return CommandLineFactory.INTERNAL_ERROR;
        }
        Throwable problem = ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        commandLine.getErr().println(style.render(Tone.ERROR, "Unexpected error ("
                + problem.getClass().getSimpleName() + "). This is a bug in notion-setup."));
        commandLine.getErr().println(style.render(Tone.HINT, verbose ? "Please report it with the trace below."
                : "Run again with --verbose for details, and please report it."));
        if (verbose) {
            problem.printStackTrace(commandLine.getErr());
        }
        return CommandLineFactory.INTERNAL_ERROR;
    }

    private static String kindOf(ExitCode exitCode) {
        return switch (exitCode) {
            case ENV_FILE -> "env_file";
            case INTERRUPTED -> "interrupted";
            default -> "usage";
        };
    }
}
