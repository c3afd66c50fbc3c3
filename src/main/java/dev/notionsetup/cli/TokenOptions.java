package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Ways to give the token without a prompt. The value of --token is never echoed, only masked. Null: not given. */
record TokenOptions(String token, boolean tokenStdin) {
    static void declare(CommandSpec spec) {
        spec.addOption(Options.valued("--token", "TOKEN", String.class, null,
                "The integration token. Lands in shell history: prefer --token-stdin."));
        spec.addOption(Options.flag("Read the token from standard input (whole input, trimmed).", "--token-stdin"));
    }

    static TokenOptions of(CommandSpec spec) {
        return new TokenOptions(Options.value(spec, "--token"), Options.isSet(spec, "--token-stdin"));
    }

    /** A record would print the token in its toString. */
    @Override
    public String toString() {
        return "TokenOptions[token=" + (token == null ? "none" : "given") + ", tokenStdin=" + tokenStdin + "]";
    }
}
