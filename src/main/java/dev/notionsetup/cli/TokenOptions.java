package dev.notionsetup.cli;

import dev.notionsetup.token.Secret;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Ways to give the token without a prompt, and the variable it lives under. --token's value is a
 * {@link Secret} from the moment picocli converts it. Null: not given.
 */
public record TokenOptions(Secret token, boolean tokenStdin, String variable) {
    /** {@code varDescription}: what --var means to the command (setup writes under it, validate only reads). */
    public static void declare(CommandSpec spec, String varDescription) {
        Option.TOKEN.declare(spec, "The integration token. Lands in shell history: prefer --token-stdin.");
        Option.TOKEN_STDIN.declare(spec, "Read the token from standard input (whole input, trimmed).");
        declareVariable(spec, varDescription);
    }

    /** --var alone, for commands that read a stored token and take no --token (run, status, logout). */
    public static void declareVariable(CommandSpec spec, String description) {
        Option.VAR.declare(spec, description);
    }

    static TokenOptions of(CommandSpec spec) {
        return new TokenOptions(Option.TOKEN.value(spec), Option.TOKEN_STDIN.isSet(spec), Option.VAR.value(spec));
    }
}
