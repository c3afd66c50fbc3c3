package dev.notionsetup.term;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * JLine is used through its public API: its implementation and provider classes change between releases
 * without notice, and copies of them drift from what JLine does.
 */
class JLinePublicApiTest {
    private static final List<String> INTERNAL_PACKAGES = List.of(
            "org.jline.terminal.impl", "org.jline.terminal.spi", "org.jline.reader.impl", "org.jline.nativ");

    @Test
    void noMainClassNamesAJLineImplementationPackage() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String internal : INTERNAL_PACKAGES) {
                    if (source.contains(internal + ".")) {
                        found.add(file + " names " + internal);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
