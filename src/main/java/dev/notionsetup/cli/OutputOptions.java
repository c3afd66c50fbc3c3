package dev.notionsetup.cli;

import picocli.CommandLine.Option;

/** How results are shown. --json writes one object to stdout; all human text goes to stderr or the terminal. */
public final class OutputOptions {
    @Option(names = "--json", description = "Print one JSON object describing the result on stdout (never the token).")
    boolean json;

    @Option(names = "--no-color", description = "Plain output without colour or symbols (also NO_COLOR).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "Print each HTTP request (method, URL, status, time, request id) and stack traces.")
    boolean verbose;
}
