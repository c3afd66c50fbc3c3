package dev.notionsetup.prompt;

/** Word wrap that keeps a line's leading indentation on its continuation lines. */
final class Wrap {
    private Wrap() {
    }

    static String wrap(String line, int width) {
        if (line.length() <= width) {
            return line;
        }
        int indentEnd = 0;
        while (indentEnd < line.length() && line.charAt(indentEnd) == ' ') {
            indentEnd++;
        }
        String indent = line.substring(0, indentEnd);
        StringBuilder out = new StringBuilder();
        StringBuilder current = new StringBuilder(indent);
        for (String word : line.substring(indentEnd).split(" ")) {
            if (current.length() > indent.length() && current.length() + 1 + word.length() > width) {
                out.append(current).append('\n');
                current = new StringBuilder(indent);
            }
            if (current.length() > indent.length()) {
                current.append(' ');
            }
            current.append(word);
        }
        return out.append(current).toString();
    }
}
