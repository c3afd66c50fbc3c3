package dev.notionsetup.cli;

import dev.notionsetup.notion.HttpWarmup;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What happens between picocli's parse and the command: one usage check, the HTTP warm-up for a run that
 * will soon ask Notion (both read from the parse, never from the raw arguments), then the command.
 */
final class Execution implements CommandLine.IExecutionStrategy {
    private final Dependencies deps;

    Execution(Dependencies deps) {
        this.deps = deps;
    }

    @Override
    public int execute(ParseResult parsed) {
        refuseMisplacedOptions(parsed);
        ParseResult ran = ran(parsed);
        if (soonAsksNotion(parsed, deps.canPrompt())) {
            HttpWarmup.start(!plainHttp(ran, deps.env()));
        }
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            // picocli lets Errors (out of memory, a class gone from a jar replaced mid-run) escape to the JVM,
            // whose stack trace and exit 1 would read "rejected by Notion"; wrapped, FailureHandler reports them.
            throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), "the JVM failed", e);
        }
    }

    /**
     * picocli gives options placed before a subcommand to the top-level command, which then does not run, so
     * `notion-setup --json validate` would silently print no JSON. Say where the option belongs instead.
     */
    private static void refuseMisplacedOptions(ParseResult parsed) {
        ParseResult sub = parsed.subcommand();
        if (sub == null) {
            return;
        }
        Set<String> misplaced = new LinkedHashSet<>();
        for (OptionSpec option : parsed.matchedOptions()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                misplaced.add(option.longestName());
            }
        }
        if (!misplaced.isEmpty()) {
            String name = sub.commandSpec().name();
            throw new MisplacedOption(parsed.commandSpec().commandLine(),
                    String.join(", ", misplaced) + " was given before '" + name + "', where it does not apply.",
                    "Put it after the command: notion-setup " + name + " " + String.join(" ", misplaced) + " \u2026");
        }
    }

    /** The parse of the command that runs: the last subcommand named, else the tool itself. */
    static ParseResult ran(ParseResult parsed) {
        ParseResult ran = parsed;
        while (ran.subcommand() != null) {
            ran = ran.subcommand();
        }
        return ran;
    }

    /**
     * Whether the command that runs will send a request soon: one that talks to Notion (it has --api-url),
     * not asked for help or the version, not writing the token unverified, and not the wizard, which starts
     * the warm-up itself once its first screen is up. (A wrong guess costs only time either way.)
     */
    static boolean soonAsksNotion(ParseResult parsed, boolean canPrompt) {
        ParseResult ran = ran(parsed);
        if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested() || ran.isUsageHelpRequested()
                || ran.isVersionHelpRequested() || ran.commandSpec().findOption(Option.API_URL.longName()) == null
                || Option.SKIP_VALIDATION.isGiven(ran)) {
            return false;
        }
        boolean wizard = ran == parsed && canPrompt && !Option.TOKEN.isGiven(ran) && !Option.TOKEN_STDIN.isGiven(ran);
        return !wizard;
    }

    /** Whether the base URL is plain http (loopback: no TLS to prepare), chosen as {@link Invocation} chooses it. */
    static boolean plainHttp(ParseResult ran, Map<String, String> env) {
        String url = Invocation.apiUrl(Option.API_URL.value(ran.commandSpec()), env);
        return url != null && url.strip().regionMatches(true, 0, "http://", 0, "http://".length());
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
