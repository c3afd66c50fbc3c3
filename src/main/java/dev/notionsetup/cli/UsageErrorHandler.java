package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import dev.notionsetup.notion.TerminalText;
import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Style;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.prompt.WriterOutput;
import dev.notionsetup.token.Secrets;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command line picocli could not parse: one line of what was wrong, one of what to do, exit 2.
 *
 * <p>picocli quotes the arguments it could not place, and any of them may be a pasted token, with or without
 * its prefix, or carry escape sequences: the message goes out through {@link WriterOutput} like all human
 * text, with {@link Secrets#redactLikely}.
 */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    private final Dependencies deps;

    UsageErrorHandler(Dependencies deps) {
        this.deps = deps;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine bad = ex.getCommandLine();
        Style style = Style.decide(deps.terminal(), false, deps.env());
        // picocli quotes the arguments it could not place: one may be a pasted token, with or without its
        // prefix, or carry escape sequences. One line each, through the one output path.
        Output err = new WriterOutput(bad.getErr(), style, () -> 0, false, Secrets::redactLikely);
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
}
