package dev.notionsetup.prompt;

/**
 * What Java's regular expressions count as space, a line break and a word character, for the readers that
 * do by hand what a JLine pattern does ({@link SttySettings}, {@link TerminalCapabilities}).
 */
final class RegexClasses {
    private RegexClasses() {
    }

    /** {@code \s}: [ \t\n\x0B\f\r]. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code .} does not match (without DOTALL). */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** What {@code \b} counts as part of a word (JDK 17's: JDK 19 counts ASCII letters and digits only). */
    static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
