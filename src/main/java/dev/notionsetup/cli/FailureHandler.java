package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.credentials.KeychainException;
import dev.notionsetup.notion.TerminalText;
import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Style;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.prompt.WriterOutput;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.token.Secrets;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A command that stopped with an exception: a {@link UserError} becomes its two lines (and the --json error
 * object) with its exit code; anything else, an {@link Error} such as OutOfMemoryError included (see
 * {@link Execution}), is a bug: two lines, the --json error object of kind "internal", exit
 * {@link CommandLineFactory#INTERNAL_ERROR}. Everything goes out through {@link WriterOutput}, and messages and
 * --verbose traces with {@link Secrets#redactLikely}: they may repeat an option value or an exception
 * message, and either may hold a token.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    private final Dependencies deps;

    FailureHandler(Dependencies deps) {
        this.deps = deps;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean noColor = Option.NO_COLOR.isGiven(parseResult);
        CommandLine.ParseResult ran = parseResult.subcommand() != null ? parseResult.subcommand() : parseResult;
        boolean json = Option.JSON.isGiven(ran);
        boolean verbose = Option.VERBOSE.isGiven(ran);
        Style style = Style.decide(deps.terminal(), noColor, deps.env());
        Output err = new WriterOutput(commandLine.getErr(), style, () -> 0, false, Secrets::redactLikely);
        Throwable cause = ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        UserError problem = cause instanceof UserError given
                ? new UserError(shown(given.what()), shown(given.fix()), given.exitCode(), given.getCause())
                // Never exit 1 ("rejected by Notion"), and no trace: the one line says what to do.
                : cause instanceof OutOfMemoryError ? new UserError("notion-setup ran out of memory.",
                        "Nothing more was done. Run it again with more memory (JAVA_OPTS=-Xmx512m) and please report"
                                + " what you ran.", ExitCode.INTERNAL_ERROR)
                : new UserError("Unexpected error (" + cause.getClass().getSimpleName()
                        + "). This is a bug in notion-setup.", verbose ? "Please report it with the trace below."
                        : "Run again with --verbose for details, and please report it.",
                        ExitCode.INTERNAL_ERROR, cause);
        err.show(Tone.ERROR, problem.what());
        err.show(Tone.HINT, problem.fix());
        if (verbose && problem.getCause() != null) {
            StringWriter trace = new StringWriter();
            problem.getCause().printStackTrace(new PrintWriter(trace));
            err.show(Tone.PLAIN, trace.toString().stripTrailing());
        }
        if (json) {
            new JsonReport(deps.stdout()).error(cause instanceof KeychainException ? "keychain"
                    : kindOf(problem.exitCode()), problem).print();
        }
        return problem.exitCode().code();
    }

    /** Option values are repeated in some messages (--api-url, --env-file): no token, no escape sequence. */
    private static String shown(String text) {
        return Secrets.redactLikely(TerminalText.forDisplay(text));
    }

    private static String kindOf(ExitCode exitCode) {
        return switch (exitCode) {
            case ENV_FILE -> "env_file";
            case INTERRUPTED -> "interrupted";
            case INTERNAL_ERROR -> "internal";
            default -> "usage";
        };
    }
}
