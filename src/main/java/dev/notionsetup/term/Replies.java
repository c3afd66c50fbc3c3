package dev.notionsetup.term;

import java.util.Locale;
import java.util.Optional;

/**
 * How a typed line is understood, shared by every Prompter so that "b", "q", "y" and numbers mean the same
 * thing whatever the terminal.
 */
public final class Replies {
    private Replies() {
    }

    public static boolean isBack(String line) {
        String s = normal(line);
        return s.equals("b") || s.equals("back");
    }

    public static boolean isQuit(String line) {
        String s = normal(line);
        return s.equals("q") || s.equals("quit") || s.equals("exit");
    }

    /** Yes/no, or empty when the line is neither (the caller asks again). */
    public static Optional<Boolean> yesNo(String line, boolean defaultYes) {
        String s = normal(line);
        if (s.isEmpty()) {
            return Optional.of(defaultYes);
        }
        if (s.equals("y") || s.equals("yes")) {
            return Optional.of(true);
        }
        if (s.equals("n") || s.equals("no")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** A 1-based choice number as a 0-based index; Enter alone is the first option. */
    public static Optional<Integer> choice(String line, int count) {
        String s = normal(line);
        if (s.isEmpty()) {
            return Optional.of(0);
        }
        try {
            int n = Integer.parseInt(s);
            return n >= 1 && n <= count ? Optional.of(n - 1) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String normal(String line) {
        return line == null ? "" : line.strip().toLowerCase(Locale.ROOT);
    }
}
