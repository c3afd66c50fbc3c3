package dev.notionsetup.envfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor against the real readers: every file of the corpus (src/test/resources/dotenv-readers, with
 * files from python-dotenv's and Node dotenv's own tests, and the cases of issue 14, items 16 to 21) is
 * edited, and python-dotenv (every interpreter found with it: Debian's and any other) and Node's dotenv read
 * it before and after. Each must read the new token, and every other key it read before with the same value.
 * {@link DotenvJavaCrossCheckTest} does the same with dotenv-java on random files; this one needs programs
 * outside the JVM: {@code .ci/dotenv-readers.sh} installs them, and where they are missing the test is skipped,
 * saying how to get them, unless {@code NOTION_SETUP_DOTENV_READERS=required} (set by {@code .ci/run} and the
 * Linux CI job after installing them), where it fails instead.
 */
class DotenvReadersCrossCheckTest {
    private static final String KEY = "NOTION_API_KEY";
    private static final String TOKEN = EnvEditOtherReadersTest.TOKEN;
    /** Where .ci/run installs Node's dotenv (npm install --prefix). */
    static final Path NODE_READER = Path.of("target", "dotenv-readers", "node_modules", "dotenv");
    private static final String PYTHON_READ = "import json, sys\n"
            + "from dotenv import dotenv_values\n"
            + "print(json.dumps({p: dotenv_values(p, interpolate=False) for p in sys.argv[1:]}))\n";
    private static final String NODE_READ = "const fs = require('fs'); const dotenv = require(process.argv[1]);\n"
            + "const out = {}; for (const p of process.argv.slice(2)) out[p] = dotenv.parse(fs.readFileSync(p));\n"
            + "console.log(JSON.stringify(out));\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A reader: a command that reads the files named after it and prints {path: {key: value}}. */
    record Reader(String name, List<String> command) {
    }

    private static List<Reader> readers;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTheReaders() {
        List<Reader> found = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        for (String python : List.of("python3", "/usr/bin/python3")) {
            Optional<String> version = output(List.of(python, "-c",
                    "import importlib.metadata as m; import dotenv; print(m.version('python-dotenv'))"));
            if (version.isPresent() && !versions.contains(version.get())) {
                versions.add(version.get());
                found.add(new Reader("python-dotenv " + version.get() + " (" + python + ")",
                        List.of(python, "-c", PYTHON_READ)));
            }
        }
        boolean python = !found.isEmpty();
        Path node = NODE_READER.toAbsolutePath();
        boolean nodeReader = Files.isDirectory(node) && output(List.of("node", "--version")).isPresent();
        if (nodeReader) {
            found.add(new Reader("Node dotenv", List.of("node", "-e", NODE_READ, node.toString())));
        }
        if (!python || !nodeReader) {
            String missing = (python ? "" : "python-dotenv (apt-get install python3-dotenv) ")
                    + (nodeReader ? "" : "Node dotenv (npm install --prefix target/dotenv-readers dotenv)");
            if ("required".equals(System.getenv("NOTION_SETUP_DOTENV_READERS"))) {
                fail("The dotenv readers are required here but missing: " + missing);
            }
            Assumptions.assumeTrue(false, "Skipped: the real dotenv readers are not installed here: " + missing
                    + "; .ci/dotenv-readers.sh installs them.");
        }
        readers = List.copyOf(found);
    }

    @Test
    void everyReaderGetsTheTokenAndEveryOtherKeyAsBefore() throws IOException {
        editEveryFileAndRead(KEY + "=secret_old\n", document -> Optional.of(document.withValue(KEY, TOKEN)),
                read -> TOKEN.equals(read.get(KEY)), " is not the token");
    }

    @Test
    void afterLogoutRemovesTheKeyNoReaderSeesItAndEveryOtherKeyIsAsBefore() throws IOException {
        int edited = editEveryFileAndRead(KEY + "=" + TOKEN + "\n", document -> {
            try {
                return Optional.of(document.without(KEY));
            } catch (EnvDocument.Unsafe refused) {
                return Optional.empty(); // refused, so the file is left as it was: nothing for a reader to disagree on
            }
        }, read -> read.keySet().stream().noneMatch(key -> key.endsWith(KEY)), " is still read");
        assertTrue(edited > corpus().size(), "most of the corpus can be edited: " + edited);
    }

    /**
     * Edits every corpus file, as it is and with {@code firstLine} before it ({@code edit} is empty when it refuses),
     * and asserts that every reader reads each edited file as {@code keyIsRight} wants and every other key as it
     * read the file before. Returns how many files were edited.
     */
    private int editEveryFileAndRead(String firstLine, Function<EnvDocument, Optional<EnvDocument>> edit,
                                     Predicate<Map<String, String>> keyIsRight, String keyProblem) throws IOException {
        List<Path> files = new ArrayList<>();
        Map<Path, Path> editedFrom = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, String> entry : corpus().entrySet()) {
            for (String text : List.of(entry.getValue(), firstLine + entry.getValue())) {
                Optional<EnvDocument> edited = edit.apply(EnvDocument.parse(text));
                if (edited.isEmpty()) {
                    continue;
                }
                Path before = write(entry.getKey() + "." + n + ".before", text);
                Path after = write(entry.getKey() + "." + n + ".after", edited.get().render());
                n++;
                files.add(before);
                files.add(after);
                editedFrom.put(after, before);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Reader reader : readers) {
            Map<Path, Map<String, String>> read = read(reader, files);
            editedFrom.forEach((after, before) -> {
                Map<String, String> was = read.get(before);
                Map<String, String> is = read.get(after);
                String where = reader.name() + ", " + after.getFileName() + ": ";
                if (!keyIsRight.test(is)) {
                    problems.add(where + KEY + keyProblem);
                }
                was.forEach((key, value) -> {
                    // A key spelled with a byte-order mark (python-dotenv) is the token's line too.
                    if (!key.endsWith(KEY) && !java.util.Objects.equals(value, is.get(key))) {
                        problems.add(where + key + " changed or went missing");
                    }
                });
            });
        }
        assertEquals(List.of(), problems, "readers: " + readers);
        return editedFrom.size();
    }

    @Test
    void theCorpusHoldsEveryCaseOfIssue14AndTheReadersThemselvesAgreeOnTheBasics() throws IOException {
        assertTrue(corpus().keySet().stream().filter(name -> name.startsWith("issue14-")).count() >= 9);
        Path plain = write("plain", "A=1\n" + KEY + "=" + TOKEN + "\n");
        for (Reader reader : readers) {
            assertEquals(Map.of("A", "1", KEY, TOKEN), read(reader, List.of(plain)).get(plain), reader.name());
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> corpus() throws IOException {
        Path folder = Path.of("src", "test", "resources", "dotenv-readers");
        Map<String, String> corpus = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".env")).sorted().toList()) {
                corpus.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return corpus;
    }

    private static Map<Path, Map<String, String>> read(Reader reader, List<Path> files) {
        List<String> command = new ArrayList<>(reader.command());
        files.forEach(f -> command.add(f.toString()));
        String out = output(command).orElseThrow(() -> new AssertionError(reader.name() + " failed to run"));
        Map<Path, Map<String, String>> result = new LinkedHashMap<>();
        try {
            JsonNode root = JSON.readTree(out);
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> file = it.next();
                Map<String, String> values = new LinkedHashMap<>();
                file.getValue().fields().forEachRemaining(
                        e -> values.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
                result.put(Path.of(file.getKey()), values);
            }
        } catch (IOException e) {
            throw new AssertionError(reader.name() + " printed no JSON", e);
        }
        return result;
    }

    /** What the command printed, when it ran and exited 0 within a minute (generous under load). */
    private static Optional<String> output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(out.strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
