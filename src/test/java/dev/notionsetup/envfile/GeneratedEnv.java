package dev.notionsetup.envfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A random .env file together with what it means, known independently of the parser under test: the
 * pieces it was assembled from and, for each assignment, the key, the value readers should get, and the
 * text before the value (indentation, export, key, spacing) that an edit must keep.
 */
record GeneratedEnv(boolean byteOrderMark, List<Piece> pieces) {

    /**
     * One logical line. {@code key} is null for comments, blank and junk lines. For assignments, {@code head}
     * is the text up to the value and {@code comment} the trailing comment ("" when none).
     */
    record Piece(String text, String ending, String key, String value, String head, String comment) {
        static Piece other(String text, String ending) {
            return new Piece(text, ending, null, null, null, "");
        }

        boolean assigns(String k) {
            return k.equals(key);
        }

        Piece withEnding(String newEnding) {
            return new Piece(text, newEnding, key, value, head, comment);
        }
    }

    String text() {
        StringBuilder out = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
        pieces.forEach(p -> out.append(p.text()).append(p.ending()));
        return out.toString();
    }

    /** What every reader should see: each key with the value of its last assignment. */
    Map<String, String> expectedValues() {
        Map<String, String> values = new LinkedHashMap<>();
        pieces.stream().filter(p -> p.key() != null).forEach(p -> values.put(p.key(), p.value()));
        return values;
    }

    boolean assigns(String key) {
        return pieces.stream().anyMatch(p -> p.assigns(key));
    }

    @Override
    public String toString() {
        // jqwik prints this for a failing sample; escapes make the line endings visible.
        return "GeneratedEnv[" + text().replace("\r", "\\r").replace("\n", "\\n\n").replace("\uFEFF", "<BOM>") + "]";
    }
}
