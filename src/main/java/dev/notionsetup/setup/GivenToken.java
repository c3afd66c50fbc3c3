package dev.notionsetup.setup;

import dev.notionsetup.token.Secret;

/**
 * A token as given (still raw: it may need cleaning) and where from; {@code variable} names the environment
 * variable or env-file key it was read from, the profile for the keychain, null for --token and stdin.
 */
public record GivenToken(Secret raw, TokenSource source, String variable) {

    public GivenToken(Secret raw, TokenSource source) {
        this(raw, source, null);
    }

    /** "NOTION_API_TOKEN in the environment", "--token", …: for messages. */
    public String description() {
        return switch (source) {
            case ENVIRONMENT -> (variable == null ? TokenSources.KEY : variable) + " in the environment";
            case ENV_FILE -> variable == null ? source.description() : variable + " in the env file";
            case KEYCHAIN -> variable == null ? source.description() : "the keychain (profile " + variable + ")";
            default -> source.description();
        };
    }

    /** The variable or env-file key the token was read under; null for --token, stdin and the keychain. */
    public String variableName() {
        return source == TokenSource.KEYCHAIN ? null : variable;
    }
}
