package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * Ways to give the token without a prompt, and the variable it lives under. The value of --token is never
 * echoed, only masked. Null: not given.
 */
public record TokenOptions(String token, boolean tokenStdin, String variable) {
    /** {@code varDescription}: what --var means to the command (setup writes under it, validate only reads). */
    public static void declare(CommandSpec spec, String varDescription) {
        spec.addOption(Options.valued("--token", "TOKEN", String.class, null,
                "The integration token. Lands in shell history: prefer --token-stdin."));
        spec.addOption(Options.flag("Read the token from standard input (whole input, trimmed).", "--token-stdin"));
        declareVariable(spec, varDescription);
    }

    /** --var alone, for commands that read a stored token and take no --token (run, status, logout). */
    public static void declareVariable(CommandSpec spec, String description) {
        spec.addOption(Options.valued("--var", "NAME", String.class, null, description));
    }

    static TokenOptions of(CommandSpec spec) {
        return new TokenOptions(Options.value(spec, "--token"), Options.isSet(spec, "--token-stdin"),
                Options.value(spec, "--var"));
    }

    /** A record would print the token in its toString. */
    @Override
    public String toString() {
        return "TokenOptions[token=" + (token == null ? "none" : "given") + ", tokenStdin=" + tokenStdin
                + ", variable=" + variable + "]";
    }
}
