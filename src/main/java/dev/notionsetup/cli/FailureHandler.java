package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.credentials.KeychainException;
import dev.notionsetup.notion.TerminalText;
import dev.notionsetup.report.JsonReport;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Style;
import dev.notionsetup.term.Tone;
import dev.notionsetup.term.WriterOutput;
import dev.notionsetup.token.Secrets;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every way a run can fail, as one line of what happened, one of what to do, and a documented exit code.
 *
 * <p>A command line picocli could not parse is exit 2. picocli quotes the arguments it could not place, and any
 * of them may be a pasted token, with or without its prefix, or carry escape sequences: the message goes out
 * through {@link WriterOutput} like all human text, with {@link Secrets#redactLikely}.
 *
 * <p>A command that stopped with an exception: a {@link UserError} becomes its two lines (and the --json error
 * object) with its exit code; anything else, an {@link Error} such as OutOfMemoryError included (see
 * {@link Execution}), is a bug: two lines, the --json error object of kind "internal", exit
 * {@link ExitCode#INTERNAL_ERROR}. Everything goes out through {@link WriterOutput}, and messages and
 * --verbose traces with {@link Secrets#redactLikely}: they may repeat an option value or an exception
 * message, and either may hold a token.
 */
final class FailureHandler implements CommandLine.IParameterExceptionHandler,
        CommandLine.IExecutionExceptionHandler {
    private final Dependencies deps;

    FailureHandler(Dependencies deps) {
        this.deps = deps;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine bad = ex.getCommandLine();
        Output err = errors(bad, false);
        err.show(Tone.ERROR, TerminalText.forDisplay(what(ex)));
        err.show(Tone.HINT, TerminalText.forDisplay(fix(ex, bad)));
        return ExitCode.USAGE.code();
    }

    /** picocli's "Unmatched argument at index 0: 'x'" says how it parsed, not what the person got wrong. */
    private static String what(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
                && unmatched.getUnmatched().size() == 1) {
            return "Unknown command or argument: '" + unmatched.getUnmatched().get(0) + "'.";
        }
        return ex.getMessage();
    }

    /** The one line of what to do: where a misplaced option goes, the name a typo was close to, or --help. */
    private static String fix(CommandLine.ParameterException ex, CommandLine bad) {
        if (ex instanceof Execution.MisplacedOption misplaced) {
            return misplaced.fix;
        }
        String command = bad.getCommandSpec().qualifiedName();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> names = new ArrayList<>(bad.getSubcommands().keySet());
            bad.getCommandSpec().options().forEach(option -> names.addAll(List.of(option.names())));
            Optional<String> suggestion = Suggestions.closest(unmatched.getUnmatched(), names);
            if (suggestion.filter(String::isEmpty).isPresent()) {
                return "Did you mean '" + command + "'? With no command it runs the wizard, which saves a token.";
            }
            if (suggestion.isPresent()) {
                return "Did you mean '" + command + " " + suggestion.get() + "'?";
            }
        }
        return "Run '" + command + " --help' for the options.";
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean noColor = Option.NO_COLOR.isGiven(parseResult);
        CommandLine.ParseResult ran = Execution.ran(parseResult);
        boolean json = Option.JSON.isGiven(ran);
        boolean verbose = Option.VERBOSE.isGiven(ran);
        Output err = errors(commandLine, noColor);
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

    /** The command line's stderr, with likely secrets masked: messages may quote what was typed. */
    private Output errors(CommandLine commandLine, boolean noColor) {
        Style style = Style.decide(deps.terminal(), noColor, deps.env());
        return new WriterOutput(commandLine.getErr(), style, () -> 0, false, Secrets::redactLikely);
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
