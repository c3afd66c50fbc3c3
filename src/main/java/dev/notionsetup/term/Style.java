package dev.notionsetup.term;

/**
 * Colour and symbols, or plain text. Decided once from the terminal, NO_COLOR, --no-color and TERM=dumb,
 * so no other class needs to know.
 */
public record Style(boolean color) {
    public static final Style PLAIN = new Style(false);

    private static final String RESET = "\u001b[0m";

    public String render(Tone tone, String text) {
        if (!color) {
            return switch (tone) {
                case WARNING -> "Warning: " + text;
                case ERROR -> "Error: " + text;
                default -> text;
            };
        }
        return switch (tone) {
            case PLAIN -> text;
            case HEADING -> "\u001b[1;36m" + text + RESET;
            case SUCCESS -> "\u001b[32m\u2714 " + text + RESET;
            case WARNING -> "\u001b[33m! " + text + RESET;
            case ERROR -> "\u001b[31m\u2716 " + text + RESET;
            case HINT -> "\u001b[2m" + text + RESET;
            case COMMAND -> text;
        };
    }

    /** How many columns {@link #render} puts before the text ("Warning: ", "\u2714 "), so wrapping leaves room. */
    public int decorationWidth(Tone tone) {
        if (!color) {
            return switch (tone) {
                case WARNING -> "Warning: ".length();
                case ERROR -> "Error: ".length();
                default -> 0;
            };
        }
        return switch (tone) {
            case SUCCESS -> "[ok] ".length(); // the check mark, or its stand-in on an ASCII terminal (AsciiFallback)
            case WARNING, ERROR -> 2;
            default -> 0;
        };
    }

    /**
     * Colour only where it will be understood: a terminal, no NO_COLOR (any value, per no-color.org),
     * no --no-color, and not TERM=dumb.
     */
    public static Style decide(boolean terminal, boolean noColorFlag, java.util.Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        boolean disabled = noColorFlag || (noColor != null && !noColor.isEmpty()) || "dumb".equals(env.get("TERM"));
        return new Style(terminal && !disabled);
    }
}
