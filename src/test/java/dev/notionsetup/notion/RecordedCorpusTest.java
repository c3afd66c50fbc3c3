package dev.notionsetup.notion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture corpus keeps its promises: every body under notion/recorded and notion/documented is named in
 * its folder's index.json with its source (and every entry has its file), recorded bodies are the size the
 * recording said, each is one JSON value (or, named .html, an HTML page), and none holds anything shaped like a
 * real token.
 */
class RecordedCorpusTest {
    private static final Pattern REAL_NTN = Pattern.compile("ntn_\\d{11}[A-Za-z0-9]{35}");
    private static final Pattern REAL_SECRET = Pattern.compile("secret_[A-Za-z0-9]{43}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"recorded", "documented"})
    void everyBodyIsIndexedWithItsSourceAndEveryEntryHasItsBody(String folder) throws Exception {
        Path root = root(folder);
        JsonNode index = JSON.readTree(root.resolve("index.json").toFile());
        TreeSet<String> indexed = new TreeSet<>();
        for (JsonNode entry : index.path("entries")) {
            String file = entry.path("file").asText();
            assertTrue(indexed.add(file), "listed twice: " + file);
            Path body = root.resolve(file);
            assertTrue(Files.isRegularFile(body), "indexed but missing: " + file);
            if (folder.equals("recorded")) {
                assertFalse(entry.path("repository").asText().isBlank(), file);
                assertTrue(entry.path("commit").asText().matches("[0-9a-f]{40}"), file);
                assertFalse(entry.path("path").asText().isBlank(), file);
                assertTrue(entry.path("interaction").isInt(), file);
                assertEquals(entry.path("bytes").asLong(), Files.size(body), "recorded size of " + file);
            } else {
                assertFalse(entry.path("source").asText().isBlank(), file);
            }
        }
        assertEquals(indexed, bodies(root), "every body is indexed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"recorded", "documented"})
    void everyBodyIsOneJsonValueOrAPageWithNoRealLookingToken(String folder) throws Exception {
        Path root = root(folder);
        for (String file : bodies(root)) {
            String text = Files.readString(root.resolve(file), StandardCharsets.UTF_8);
            if (file.endsWith(".html")) {
                // A page from something in front of the API (its entry gives the headers it comes with).
                assertTrue(text.stripLeading().startsWith("<!DOCTYPE html>"), file);
            } else {
                assertNotNull(JSON.readTree(text), file);
            }
            assertFalse(REAL_NTN.matcher(text).find(), file + " holds something shaped like an ntn_ token");
            assertFalse(REAL_SECRET.matcher(text).find(), file + " holds something shaped like a secret_ token");
        }
    }

    private static TreeSet<String> bodies(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("index.json")).forEach(found::add);
        }
        return new TreeSet<>(found);
    }

    private static Path root(String folder) throws URISyntaxException {
        return Path.of(RecordedCorpusTest.class.getResource("/notion/" + folder + "/index.json").toURI()).getParent();
    }
}
