package dev.notionsetup.setup;

import dev.notionsetup.token.Secret;
import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a token given without a prompt, in this order: --token, --token-stdin, the token variable in the
 * environment (NOTION_API_KEY, or the name --var gave), then NOTION_API_TOKEN (the name Notion's own CLI
 * reads). The env file comes after all of these, and is read by the callers.
 */
public final class TokenSources {
    public static final String KEY = "NOTION_API_KEY";
    /** Notion's own CLI (ntn) reads the token from this variable. */
    public static final String NTN_KEY = "NOTION_API_TOKEN";
    /** Far more than any token; a bigger input is a mistake (a file piped in), not a secret to read whole. */
    private static final int STDIN_LIMIT = 64 * 1024;

    private TokenSources() {
    }

    public static Optional<GivenToken> fromInvocation(Secret flagValue, boolean fromStdin, InputStream stdin,
                                                      Map<String, String> env) {
        return fromInvocation(flagValue, fromStdin, stdin, env, KEY);
    }

    /** {@code variable} is the token's variable name (NOTION_API_KEY unless --var gave another). */
    public static Optional<GivenToken> fromInvocation(Secret flagValue, boolean fromStdin, InputStream stdin,
                                                      Map<String, String> env, String variable) {
        if (flagValue != null && fromStdin) {
            throw new UserError("--token and --token-stdin were both given.",
                    "Give the token one way only; --token-stdin keeps it out of shell history.", ExitCode.USAGE);
        }
        if (flagValue != null) {
            return Optional.of(new GivenToken(flagValue, TokenSource.FLAG));
        }
        if (fromStdin) {
            return Optional.of(new GivenToken(Secret.of(readStdin(stdin)), TokenSource.STDIN));
        }
        for (String name : List.of(variable, NTN_KEY)) {
            String fromEnv = env.get(name);
            if (fromEnv != null && !fromEnv.isBlank()) {
                return Optional.of(new GivenToken(Secret.of(fromEnv), TokenSource.ENVIRONMENT, name));
            }
        }
        return Optional.empty();
    }

    private static String readStdin(InputStream stdin) {
        try {
            byte[] bytes = stdin.readNBytes(STDIN_LIMIT + 1);
            if (bytes.length > STDIN_LIMIT) {
                throw new UserError("Standard input is larger than 64 KiB; that is not a token.",
                        "Pipe only the token, e.g. printenv NOTION_TOKEN | notion-setup --token-stdin",
                        ExitCode.USAGE);
            }
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new UserError("--token-stdin was given but standard input was empty.",
                        "Pipe the token in, e.g. printenv NOTION_TOKEN | notion-setup --token-stdin", ExitCode.USAGE);
            }
            return text;
        } catch (IOException e) {
            throw new UserError("Could not read the token from standard input.",
                    "Pipe the token in, or use --token / NOTION_API_KEY.", ExitCode.USAGE);
        }
    }
}
