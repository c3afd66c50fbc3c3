package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

/** How results are shown. --json writes one object to stdout; all human text goes to stderr or the terminal. */
public record OutputOptions(boolean json, boolean noColor, boolean quiet, boolean verbose) {
    /** {@code scope} starts the description of the options that only some runs take ("" when all do). */
    public static void declare(CommandSpec spec, String scope) {
        Option.JSON.declare(spec, Options.scoped(scope, "Print one JSON object describing the result on stdout"
                + " (never the token)."));
        Option.NO_COLOR.declare(spec, "Plain output without colour or symbols (also NO_COLOR).");
        Option.QUIET.declare(spec, Options.scoped(scope, "Print only errors (each with its fix)."));
        Option.VERBOSE.declare(spec, "Print each HTTP request (method, URL, status, time, request id) and stack"
                + " traces.");
    }

    static OutputOptions of(CommandSpec spec) {
        return new OutputOptions(Option.JSON.isSet(spec), Option.NO_COLOR.isSet(spec), Option.QUIET.isSet(spec),
                Option.VERBOSE.isSet(spec));
    }
}
