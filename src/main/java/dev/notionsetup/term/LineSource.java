package dev.notionsetup.term;

/**
 * Reads one line after showing a prompt. Ctrl-C / Ctrl-D throw {@link UserInterrupt}. The JLine terminal
 * implements it for people; tests script it.
 */
public interface LineSource {
    String readLine(String prompt);

    /** Reads with the typed characters hidden (masked). */
    String readSecret(String prompt);

    /**
     * Rewrites the line just read by {@link #readLine} (its prompt and the echoed {@code line}) with the
     * answer shown as {@code shown}; false where the terminal cannot (a plain one, a script): the echo stays.
     */
    default boolean replaceEchoedLine(String prompt, String line, String shown) {
        return false;
    }
}
