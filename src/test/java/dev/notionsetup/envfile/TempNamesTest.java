package dev.notionsetup.envfile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TempNamesTest {
    @TempDir
    Path dir;

    @Test
    void readsItsNumberFromTheSourcesFirstEightBytes() throws IOException {
        Path source = Files.write(dir.resolve("random"), new byte[] {0, 0, 0, 0, 0, 0, 1, 2, 99});
        assertEquals("258", new TempNames(source).next());
        Files.write(source, new byte[] {-1, -1, -1, -1, -1, -1, -1, -1});
        assertEquals("18446744073709551615", new TempNames(source).next(), "unsigned, never a minus sign");
    }

    @Test
    void withoutTheSourceOrWithTooFewBytesItStillGivesUnpredictableNumbers() throws IOException {
        Path shortSource = Files.write(dir.resolve("short"), new byte[] {1, 2, 3});
        for (Path source : new Path[] {dir.resolve("missing"), shortSource, dir}) {
            TempNames names = new TempNames(source);
            String first = names.next();
            assertTrue(first.matches("[0-9]{1,20}"), first);
            assertNotEquals(first, names.next(), "from " + source);
        }
    }

    @Test
    void theKernelsGeneratorGivesADifferentNameEveryTime() {
        TempNames names = new TempNames(TempNames.KERNEL_SOURCE);
        Set<String> drawn = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> drawn.add(names.next()));
        assertEquals(200, drawn.size());
    }
}
