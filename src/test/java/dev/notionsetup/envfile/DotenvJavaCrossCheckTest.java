package dev.notionsetup.envfile;

import static dev.notionsetup.envfile.RandomEnvFiles.TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Our reader against a real one: dotenv-java reads the same files and must see the same values, on every
 * file in the subset of the format it supports (it knows no {@code export}, keeps single quotes and
 * backslashes literally, and ends an unquoted value at any {@code #}), before and after our edits.
 */
class DotenvJavaCrossCheckTest {

    @Provide
    Arbitrary<GeneratedEnv> files() {
        return RandomEnvFiles.dotenvJavaCompatibleFile();
    }

    @Provide
    Arbitrary<String> newValues() {
        return RandomEnvFiles.newValuesForDotenvJava();
    }

    @Property(tries = 500, seed = "31337")
    void dotenvJavaReadsTheSameValuesAsWeDo(@ForAll("files") GeneratedEnv file) {
        Map<String, String> ours = EnvDocument.parse(file.text()).values();
        assertEquals(ours, readWithDotenvJava(file.text()));
        assertEquals(file.expectedValues(), ours);
    }

    @Property(tries = 500, seed = "8086")
    void dotenvJavaReadsTheNewValueAndTheOthersUnchangedAfterSet(@ForAll("files") GeneratedEnv file,
                                                                 @ForAll("newValues") String value) {
        Assume.that(!RandomEnvFiles.targetValueSpansAssignments(file));
        String after = EnvDocument.parse(file.text()).withValue(TARGET, value).render();
        Map<String, String> expected = new HashMap<>(file.expectedValues());
        expected.put(TARGET, value);
        assertEquals(expected, readWithDotenvJava(after));
    }

    @Example
    void everyFormatFeatureBothSupportReadsTheSame() {
        String text = "# comment\r\n"
                + "\r\n"
                + "PLAIN=abc\r\n"
                + "  INDENTED = spaced value  \r\n"
                + "COMMENTED=abc # trailing comment\r\n"
                + "QUOTED=\"with # hash and 'single'\" # comment\r\n"
                + "EMPTY=\r\n"
                + "EMPTY_QUOTED=\"\"\r\n"
                + "MULTI=\"line one\r\nline two\"\r\n"
                + "DUP=first\r\n"
                + "DUP=second\r\n"
                + "db.url=postgres://u@h/db\r\n"
                + "NO_FINAL_NEWLINE=yes";
        Map<String, String> ours = EnvDocument.parse(text).values();
        assertEquals(ours, readWithDotenvJava(text));
        assertEquals("second", ours.get("DUP"));
        assertEquals("line one\nline two", ours.get("MULTI"));
    }

    /**
     * Where dotenv-java departs from Node's and Python's dotenv; pinned here so docs/env-file.md stays true
     * and so a dotenv-java upgrade that changes them is noticed.
     */
    @Example
    void knownDifferencesOfDotenvJava() {
        assertEquals("'single'", readWithDotenvJava("A='single'\n").get("A"));
        assertEquals("single", EnvDocument.parse("A='single'\n").get("A").orElseThrow());
        assertEquals("abc", readWithDotenvJava("A=abc#def\n").get("A"));
        assertEquals("abc#def", EnvDocument.parse("A=abc#def\n").get("A").orElseThrow());
        assertEquals(Map.of(), readWithDotenvJava("export A=1\n", true));
        assertEquals("1", EnvDocument.parse("export A=1\n").get("A").orElseThrow());
    }

    private static Map<String, String> readWithDotenvJava(String text) {
        return readWithDotenvJava(text, false);
    }

    /** Loads {@code text} from a real file, the way an application would, keeping only the file's entries. */
    private static Map<String, String> readWithDotenvJava(String text, boolean ignoreMalformed) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("dotenv-java");
            Files.write(directory.resolve(".env"), text.getBytes(StandardCharsets.UTF_8));
            var builder = Dotenv.configure().directory(directory.toString()).filename(".env");
            Dotenv dotenv = (ignoreMalformed ? builder.ignoreIfMalformed() : builder).load();
            Map<String, String> values = new HashMap<>();
            for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
                values.put(entry.getKey(), entry.getValue());
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteRecursively(directory);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
