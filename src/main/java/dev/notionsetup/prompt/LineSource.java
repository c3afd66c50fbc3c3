package dev.notionsetup.prompt;

/**
 * Reads one line after showing a prompt. Ctrl-C / Ctrl-D throw {@link UserInterrupt}. The JLine terminal
 * implements it for people; tests script it.
 */
public interface LineSource {
    String readLine(String prompt);

    /** Reads with the typed characters hidden (masked). */
    String readSecret(String prompt);
}
