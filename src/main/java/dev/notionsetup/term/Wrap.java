package dev.notionsetup.term;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word wrap that keeps a line's leading indentation on its continuation lines, and hangs them under the
 * text of a bulleted ("  \u2022 ") or numbered ("  1) ") line so lists stay readable. A command quoted in
 * backticks inside a sentence (`chmod 600 .env`) is kept on one line: a break inside it would paste as two
 * commands.
 */
final class Wrap {
    private static final Pattern LEAD = Pattern.compile("^( *)(\u2022 |\\d+\\) )?");

    private Wrap() {
    }

    static String wrap(String line, int width) {
        if (line.length() <= width) {
            return line;
        }
        Matcher lead = LEAD.matcher(line);
        lead.find();
        String hanging = lead.group(1) + (lead.group(2) == null ? "" : " ".repeat(lead.group(2).length()));
        StringBuilder out = new StringBuilder();
        StringBuilder current = new StringBuilder(line.substring(0, lead.end()));
        int prefix = current.length();
        for (String word : words(line.substring(lead.end()))) {
            if (current.length() > prefix && current.length() + 1 + word.length() > width) {
                out.append(current).append('\n');
                current = new StringBuilder(hanging);
                prefix = hanging.length();
            }
            if (current.length() > prefix) {
                current.append(' ');
            }
            current.append(word);
        }
        return out.append(current).toString();
    }

    /** The text split at spaces, except inside a `backticked` span, which stays one word. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '`') {
                quoted = !quoted;
            }
            if (c == ' ' && !quoted) {
                words.add(word.toString());
                word.setLength(0);
            } else {
                word.append(c);
            }
        }
        words.add(word.toString());
        return words;
    }
}
