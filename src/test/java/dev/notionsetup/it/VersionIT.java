package dev.notionsetup.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Main answers a lone --version before picocli starts; it must say exactly what picocli's path says. */
class VersionIT {
    @TempDir
    Path dir;

    @Test
    void theFastPathAndPicocliPrintTheSameVersion() throws Exception {
        JarProcess jar = new JarProcess(dir);
        JarProcess.Result fast = jar.run("--version");
        JarProcess.Result shortForm = jar.run("-V");
        JarProcess.Result viaPicocli = jar.run("validate", "--version");

        assertEquals(0, fast.exitCode());
        assertTrue(fast.stdout().matches("notion-setup \\d+\\.\\d+\\.\\d+\\R+Java .+\\R"), fast.stdout());
        assertEquals(fast.stdout(), shortForm.stdout());
        assertEquals(fast.stdout(), viaPicocli.stdout());
        assertEquals("", fast.stderr());
    }
}
