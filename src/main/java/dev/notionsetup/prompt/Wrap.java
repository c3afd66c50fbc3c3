package dev.notionsetup.prompt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word wrap that keeps a line's leading indentation on its continuation lines, and hangs them under the
 * text of a bulleted ("  \u2022 ") or numbered ("  1) ") line so lists stay readable.
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
        for (String word : line.substring(lead.end()).split(" ")) {
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
}
