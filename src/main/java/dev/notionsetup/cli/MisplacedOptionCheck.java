package dev.notionsetup.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Runs the command that was asked for, after one check: picocli gives options placed before a subcommand to
 * the top-level command, which then does not run, so `notion-setup --json validate` would silently print no
 * JSON. Say where the option belongs instead.
 */
final class MisplacedOptionCheck implements CommandLine.IExecutionStrategy {
    @Override
    public int execute(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult sub = parseResult.subcommand();
        if (sub != null) {
            Set<String> misplaced = new LinkedHashSet<>();
            for (OptionSpec option : parseResult.matchedOptions()) {
                if (!option.usageHelp() && !option.versionHelp()) {
                    misplaced.add(option.longestName());
                }
            }
            if (!misplaced.isEmpty()) {
                String name = sub.commandSpec().name();
                throw new MisplacedOption(parseResult.commandSpec().commandLine(),
                        String.join(", ", misplaced) + " was given before '" + name + "', where it does not apply.",
                        "Put it after the command: notion-setup " + name + " " + String.join(" ", misplaced)
                                + " \u2026");
            }
        }
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (Error e) {
            // picocli lets Errors (out of memory, a class gone from a jar replaced mid-run) escape to the JVM,
            // whose stack trace and exit 1 would read "rejected by Notion"; wrapped, FailureHandler reports them.
            throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(), "the JVM failed", e);
        }
    }

    /** A usage error that knows its own fix. */
    static final class MisplacedOption extends CommandLine.ParameterException {
        final String fix;

        MisplacedOption(CommandLine commandLine, String what, String fix) {
            super(commandLine, what);
            this.fix = fix;
        }
    }
}
