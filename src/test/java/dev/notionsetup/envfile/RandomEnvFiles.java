package dev.notionsetup.envfile;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of .env files. {@link #anyFile()} covers every format feature the parser supports;
 * {@link #dotenvJavaCompatibleFile()} only what dotenv-java also reads (no BOM, no export, no single
 * quotes, no escapes, comments at the start of the line, no # in unquoted values).
 */
final class RandomEnvFiles {
    static final String TARGET = "NOTION_API_KEY";

    /** The target, keys that look like it, and unusual but valid keys. */
    private static final List<String> KEYS = List.of(TARGET, TARGET, "NOTION_API_KEY_OLD", "MY_NOTION_API_KEY",
            "OTHER", "A", "_Z9", "db.url", "x-y", "export");

    private final boolean dotenvJavaOnly;

    private RandomEnvFiles(boolean dotenvJavaOnly) {
        this.dotenvJavaOnly = dotenvJavaOnly;
    }

    static Arbitrary<GeneratedEnv> anyFile() {
        return new RandomEnvFiles(false).file();
    }

    static Arbitrary<GeneratedEnv> dotenvJavaCompatibleFile() {
        return new RandomEnvFiles(true).file();
    }

    /** Values to set: real token shapes, and awkward strings that still have a portable form. */
    static Arbitrary<String> newValues() {
        Arbitrary<String> tokens = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                .ofLength(46).map(s -> "ntn_" + s);
        Arbitrary<String> awkward = Arbitraries.strings().withChars("aZ09 _#'\"$`\\=\t!;é✓")
                .ofMinLength(0).ofMaxLength(12).filter(DotenvQuoting::canWrite);
        return Arbitraries.oneOf(tokens, awkward);
    }

    /** Values whose written form dotenv-java reads (it does not strip single quotes). */
    static Arbitrary<String> newValuesForDotenvJava() {
        return newValues().filter(v -> !DotenvQuoting.quote(v).orElseThrow().startsWith("'"));
    }

    private Arbitrary<GeneratedEnv> file() {
        Arbitrary<String> dominant = Arbitraries.of("\n", "\r\n", "\r");
        return dominant.flatMap(ending -> Combinators.combine(
                        dotenvJavaOnly ? Arbitraries.just(false) : Arbitraries.of(true, false),
                        piece(ending).list().ofMaxSize(14),
                        Arbitraries.of(true, false))
                .as((bom, pieces, finalNewline) -> {
                    List<GeneratedEnv.Piece> all = new ArrayList<>(pieces);
                    int last = all.size() - 1;
                    if (!finalNewline && last >= 0) {
                        all.set(last, all.get(last).withEnding(""));
                    }
                    return new GeneratedEnv(bom, withoutAccidentalCrLf(all));
                }));
    }

    /**
     * A line ending in CR followed by an empty line ending in LF is, as text, one CRLF: every reader sees one
     * line there, not two. The empty line gets a CR ending instead, so pieces and text mean the same.
     */
    private static List<GeneratedEnv.Piece> withoutAccidentalCrLf(List<GeneratedEnv.Piece> pieces) {
        List<GeneratedEnv.Piece> fixed = new ArrayList<>(pieces);
        for (int i = 1; i < fixed.size(); i++) {
            GeneratedEnv.Piece piece = fixed.get(i);
            if (fixed.get(i - 1).ending().equals("\r") && piece.text().isEmpty() && piece.ending().startsWith("\n")) {
                fixed.set(i, piece.withEnding("\r"));
            }
        }
        return fixed;
    }

    /** Mostly the file's own line ending, sometimes another one, as files edited on two systems have. */
    private Arbitrary<String> ending(String dominant) {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(dominant)),
                Tuple.of(1, Arbitraries.of("\n", "\r\n", "\r")));
    }

    private Arbitrary<GeneratedEnv.Piece> piece(String dominant) {
        Arbitrary<String> ending = ending(dominant);
        return Arbitraries.frequencyOf(
                Tuple.of(5, assignment(ending)),
                Tuple.of(2, comment().flatMap(c -> ending.map(e -> GeneratedEnv.Piece.other(c, e)))),
                Tuple.of(2, blanks().flatMap(b -> ending.map(e -> GeneratedEnv.Piece.other(b, e)))),
                Tuple.of(dotenvJavaOnly ? 0 : 1,
                        junk().flatMap(j -> ending.map(e -> GeneratedEnv.Piece.other(j, e)))));
    }

    private Arbitrary<GeneratedEnv.Piece> assignment(Arbitrary<String> ending) {
        Arbitrary<String> indent = dotenvJavaOnly ? Arbitraries.of("", " ") : blanks();
        Arbitrary<String> export = dotenvJavaOnly ? Arbitraries.just("")
                : Arbitraries.of("", "", "", "export ", "export\t", "export  ");
        Arbitrary<String> aroundEquals = Arbitraries.of("=", "=", "=", " = ", " =", "= ", "\t=\t");
        return Combinators.combine(indent, export, Arbitraries.of(KEYS), aroundEquals, value(ending), ending)
                .as((in, ex, key, eq, value, end) -> {
                    String head = in + ex + key + eq;
                    return new GeneratedEnv.Piece(head + value.text(), end, key, value.value(), head, value.comment());
                });
    }

    /** A value as written (with quotes, escapes, trailing comment) and as read. */
    private record Value(String text, String value, String comment) {
    }

    private Arbitrary<Value> value(Arbitrary<String> ending) {
        Arbitrary<Value> unquoted = unquotedValue();
        Arbitrary<Value> doubleQuoted = quotedValue('"', ending);
        Arbitrary<Value> singleQuoted = quotedValue('\'', ending);
        Arbitrary<Value> empty = Arbitraries.just(new Value("", "", ""));
        Arbitrary<Value> bare = dotenvJavaOnly
                ? Arbitraries.oneOf(unquoted, doubleQuoted, empty)
                : Arbitraries.oneOf(unquoted, doubleQuoted, singleQuoted, empty);
        return Combinators.combine(bare, trailingComment()).as((v, comment) -> v.text().isEmpty() && !comment.isEmpty()
                // "KEY= # c" is read differently by Python; only quoted empty values carry comments here.
                ? new Value("\"\"" + comment, "", comment)
                : new Value(v.text() + comment, v.value(), comment));
    }

    /** Words of non-blank characters joined by single blanks: no leading quote, no " #" comment start. */
    private Arbitrary<Value> unquotedValue() {
        String chars = dotenvJavaOnly ? "abcXYZ019_-./:@=\\$!" : "abcXYZ019_-./:@=#'\"\\$`!é";
        Arbitrary<String> word = Arbitraries.strings().withChars(chars).ofMinLength(1).ofMaxLength(8)
                .filter(w -> w.charAt(0) != '#');
        return word.list().ofMinSize(1).ofMaxSize(3)
                .map(words -> String.join(" ", words))
                .filter(v -> v.charAt(0) != '"' && v.charAt(0) != '\'' && v.charAt(0) != '`')
                .map(v -> new Value(v, v, ""));
    }

    /**
     * Quoted content, possibly spanning lines. Double quotes may hold escapes (not for dotenv-java, which
     * keeps them literally); single quotes hold no quote and no backslash, which would escape the closing one.
     */
    private Arbitrary<Value> quotedValue(char quote, Arbitrary<String> ending) {
        Arbitrary<String> contents;
        if (dotenvJavaOnly) {
            // dotenv-java reads each line of a multi-line value as a comment-bearing line first, so a '#' in
            // it, or a first line of just KEY=", makes the entry malformed; its multi-line values avoid both.
            contents = Arbitraries.oneOf(
                    Arbitraries.strings().withChars("abc XYZ 019_#'$!=é").ofMaxLength(14),
                    Combinators.combine(Arbitraries.strings().withChars("abc XYZ 019_'$!=é").ofMinLength(1).ofMaxLength(6),
                            Arbitraries.strings().withChars("abc XYZ 019_'$!=é\n").ofMaxLength(10)).as((a, b) -> a + "\n" + b));
        } else {
            contents = Arbitraries.strings().withChars(quote == '"' ? "abc XYZ 019_#'$!=é\"\\\n" : "abc XYZ 019_#\"$!=é\n")
                    .ofMaxLength(14);
        }
        return contents.flatMap(content -> ending.map(lineBreak -> {
            // dotenv-java does not unescape, so its files hold real line breaks only.
            String written = quote == '"' && !dotenvJavaOnly
                    ? escapeForDoubleQuotes(content, lineBreak)
                    : content.replace("\n", lineBreak);
            return new Value(quote + written + quote, content, "");
        }));
    }

    /** Backslash and quote must be escaped; a newline is written as \n or as a real line break. */
    private static String escapeForDoubleQuotes(String content, String lineBreak) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append(i % 2 == 0 ? "\\n" : lineBreak);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private Arbitrary<String> trailingComment() {
        Arbitrary<String> comment = Combinators.combine(Arbitraries.of(" ", "  ", "\t"), commentText())
                .as((blank, text) -> blank + "#" + text);
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")), Tuple.of(1, comment));
    }

    private Arbitrary<String> comment() {
        Arbitrary<String> indent = dotenvJavaOnly ? Arbitraries.just("") : blanks();
        return Combinators.combine(indent, commentText()).as((in, text) -> in + "#" + text);
    }

    /** Comments may mention the key, even as a whole assignment. */
    private static Arbitrary<String> commentText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc XYZ=#'\"\\$é✓").ofMaxLength(20),
                Arbitraries.of(" " + TARGET + "=old", TARGET + "=\"x\"", " export " + TARGET + "=y"));
    }

    private static Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t").ofMaxLength(3);
    }

    /** Lines without '=' or "name: ": never assignments, kept as they are. */
    private static Arbitrary<String> junk() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc XYZ_#'\"\\$:é").ofMinLength(1).ofMaxLength(20)
                        .filter(j -> EnvParser.keyOfPhysicalLine(j).isEmpty()),
                Arbitraries.of(TARGET, "export " + TARGET, TARGET + ":value", "\"" + TARGET + "\""));
    }

    /**
     * Whether a quoted value of the key spans a line that reads as an assignment on its own: the editor
     * refuses such a file (readers disagree about what replacing it means), checked by its own tests.
     */
    static boolean targetValueSpansAssignments(GeneratedEnv file) {
        return file.pieces().stream().filter(p -> p.assigns(TARGET)).anyMatch(p -> {
            String[] physical = p.text().split("\r\n|\n|\r", -1);
            for (int i = 1; i < physical.length; i++) {
                if (physical[i].matches("(?s)[ \t]*[A-Za-z0-9_.-]+[ \t]*(=|:[ \t]).*")) {
                    return true;
                }
            }
            return false;
        });
    }
}
