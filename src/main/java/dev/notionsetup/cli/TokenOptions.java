package dev.notionsetup.cli;

import picocli.CommandLine.Option;

/** Ways to give the token without a prompt. The value of --token is never echoed, only masked. */
public final class TokenOptions {
    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The integration token. Lands in shell history: prefer --token-stdin.")
    String token;

    @Option(names = "--token-stdin", description = "Read the token from standard input (whole input, trimmed).")
    boolean tokenStdin;
}
