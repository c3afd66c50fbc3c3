package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import dev.notionsetup.prompt.Style;
import dev.notionsetup.prompt.Tone;
import dev.notionsetup.token.Secrets;
import picocli.CommandLine;

/**
 * A command line picocli could not parse: one line of what was wrong, one of what to do, exit 2.
 *
 * <p>This and the other handlers given to picocli are classes, not lambdas: the class-data archive drops a
 * picocli interface (and the large picocli classes linked with it) once a lambda implements it, and those
 * then have to be read and verified on every start.
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
        // picocli quotes the arguments it could not place; one of them may be a pasted token.
        bad.getErr().println(style.render(Tone.ERROR, Secrets.redact(ex.getMessage())));
        bad.getErr().println(style.render(Tone.HINT, ex instanceof MisplacedOptionCheck.MisplacedOption misplaced
                ? misplaced.fix : "Run '" + bad.getCommandSpec().qualifiedName() + " --help' for the options."));
        return ExitCode.USAGE;
    }
}
