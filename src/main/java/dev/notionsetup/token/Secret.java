package dev.notionsetup.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret held as a value that cannot show itself: {@link #toString} is its mask, so a secret that ends up
 * in a log line, an exception or a debugger's summary is masked there too. {@link #reveal} is for the one
 * place the characters must leave this process (a keychain program's stdin, an HTTP header).
 */
public final class Secret {
    private static final Secret NONE = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "value"));
    }

    /** No secret at all: a program that is given nothing on stdin. */
    public static Secret none() {
        return NONE;
    }

    public String reveal() {
        return value;
    }

    /** Without the blanks around it, as a token read from a file or the environment is used. */
    public Secret strip() {
        return new Secret(value.strip());
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** Whether it can go into an HTTP header as it is: printable ASCII, no spaces. */
    public boolean fitsHeader() {
        return value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    /** {@code text} with this secret, or any long enough part of it, replaced: see {@link Secrets#redactEcho}. */
    public String redactIn(String text, String replacement) {
        return Secrets.redactEcho(text, value, replacement);
    }

    @Override
    public boolean equals(Object other) {
        // Constant time, so a comparison never tells how much of a guess was right.
        return other instanceof Secret that && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** "ntn_…wxyz (50 characters)": the mask and how long it is, for telling the user what was read. */
    public String describe() {
        return Secrets.describe(value);
    }

    @Override
    public String toString() {
        return Secrets.mask(value);
    }
}
