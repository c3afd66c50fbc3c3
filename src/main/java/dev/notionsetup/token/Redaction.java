package dev.notionsetup.token;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets one run has been given, masked wherever text would show them: the last step of every line the
 * run prints. A token of any shape (without its ntn_ prefix, pasted into --api-url's path, used as a file
 * name) is known once it is read, so it is masked whatever text it turns up in; token-shaped text with a
 * known prefix is masked too ({@link Secrets#redact}). One instance per run, filled as the token is read.
 */
public final class Redaction implements UnaryOperator<String> {
    private static final Pattern TOKEN_CHARACTERS = Pattern.compile("[A-Za-z0-9_-]+");

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /**
     * From now on, the token in {@code given} (and any part of it of {@value Secrets#ECHO_MIN} characters or
     * more) is masked. {@code given} is the input as it came, which may still hold what cleaning removes
     * ("Authorization: Bearer ", quotes): its runs of token characters long enough to be a token are what is
     * secret, not the words around them.
     */
    public void add(Secret given) {
        Matcher runs = TOKEN_CHARACTERS.matcher(given.reveal());
        while (runs.find()) {
            if (TokenShape.length(runs.group()) >= TokenShape.MIN_LENGTH) {
                secrets.add(runs.group());
            }
        }
    }

    @Override
    public String apply(String text) {
        String out = text;
        for (String secret : secrets) {
            out = Secrets.redactEcho(out, secret, Secrets.mask(secret));
        }
        return Secrets.redact(out);
    }
}
