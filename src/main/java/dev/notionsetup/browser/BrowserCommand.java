package dev.notionsetup.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One way to open a URL: command words run without a shell, so nothing in a URL or in BROWSER is ever
 * interpreted. {@code fromBrowserVariable} says whether the user chose it through BROWSER, which messages
 * mention so the user knows what to fix.
 */
record BrowserCommand(List<String> words, boolean fromBrowserVariable) {
    private static final String PLACEHOLDER = "%s";
    /** Names in messages are cut short: BROWSER is user input and a message is one line. */
    private static final int MAX_NAME_LENGTH = 60;

    BrowserCommand {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a command needs at least a program");
        }
    }

    static BrowserCommand platformOpener(Platform platform) {
        return new BrowserCommand(platform.opener(), false);
    }

    /**
     * The BROWSER convention (as Python's webbrowser reads it): a list of commands separated like PATH,
     * each split on whitespace; blank entries are skipped, so an empty BROWSER means "not set".
     */
    static List<BrowserCommand> parseBrowserVariable(String value, char separator) {
        List<BrowserCommand> commands = new ArrayList<>();
        if (value == null) {
            return commands;
        }
        for (String entry : value.split(Pattern.quote(String.valueOf(separator)))) {
            String trimmed = entry.strip();
            if (!trimmed.isEmpty()) {
                commands.add(new BrowserCommand(List.of(trimmed.split("\\s+")), true));
            }
        }
        return commands;
    }

    /** "%s" in an entry such as {@code firefox --new-tab %s} marks where the URL goes. */
    boolean startsWithPlaceholder() {
        return words.get(0).contains(PLACEHOLDER);
    }

    /**
     * The words with every "%s" replaced by the URL and "%%" by "%"; without any "%s", the URL becomes
     * the last argument. The URL is always inside one argument, never split or re-read.
     */
    List<String> argumentsFor(String url) {
        List<String> arguments = new ArrayList<>(words.size() + 1);
        boolean placed = false;
        for (String word : words) {
            StringBuilder argument = new StringBuilder(word.length());
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c == '%' && i + 1 < word.length() && word.charAt(i + 1) == 's') {
                    argument.append(url);
                    placed = true;
                    i++;
                } else if (c == '%' && i + 1 < word.length() && word.charAt(i + 1) == '%') {
                    argument.append('%');
                    i++;
                } else {
                    argument.append(c);
                }
            }
            arguments.add(argument.toString());
        }
        if (!placed) {
            arguments.add(url);
        }
        return arguments;
    }

    /** The program as a message shows it, with anything unprintable replaced so BROWSER cannot draw on the screen. */
    String name() {
        String program = words.get(0);
        StringBuilder name = new StringBuilder();
        program.codePoints().limit(MAX_NAME_LENGTH).forEach(cp ->
                name.appendCodePoint(Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT ? '?' : cp));
        return program.codePointCount(0, program.length()) > MAX_NAME_LENGTH ? name + "\u2026" : name.toString();
    }

    /** "xdg-open", or "firefox (from BROWSER)". */
    String label() {
        return fromBrowserVariable ? name() + " (from BROWSER)" : name();
    }
}
