package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

/** How results are shown. --json writes one object to stdout; all human text goes to stderr or the terminal. */
public record OutputOptions(boolean json, boolean noColor, boolean quiet, boolean verbose) {
    /** {@code scope} starts the description of the options that only some runs take ("" when all do). */
    public static void declare(CommandSpec spec, String scope) {
        spec.addOption(Options.flag(Options.scoped(scope, "Print one JSON object describing the result on stdout"
                + " (never the token)."), "--json"));
        spec.addOption(Options.flag("Plain output without colour or symbols (also NO_COLOR).", "--no-color"));
        spec.addOption(Options.flag(Options.scoped(scope, "Print only errors (each with its fix)."), "-q",
                "--quiet"));
        spec.addOption(Options.flag("Print each HTTP request (method, URL, status, time, request id) and stack"
                + " traces.", "-v", "--verbose"));
    }

    static OutputOptions of(CommandSpec spec) {
        return new OutputOptions(Options.isSet(spec, "--json"), Options.isSet(spec, "--no-color"),
                Options.isSet(spec, "--quiet"), Options.isSet(spec, "--verbose"));
    }
}
