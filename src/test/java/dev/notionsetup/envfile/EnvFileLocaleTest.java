package dev.notionsetup.envfile;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notionsetup.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 15: in the POSIX locale (LANG unset) the JVM cannot represent a non-ASCII folder name,
 * and "café" would become "caf??", another folder. Such a path is refused (exit 5), never written to.
 */
class EnvFileLocaleTest {
    private static final String TOKEN = "ntn_NEW0123456789abcdefghijklmnopqrstuvwxyzABCDE";

    @TempDir
    Path dir;

    @Test
    void aPathThatDidNotSurviveDecodingIsRefused() {
        EnvFileException e = assertThrows(EnvFileException.class,
                () -> EnvFile.requireRepresentable("/home/u/caf\uFFFD\uFFFD/.env", StandardCharsets.US_ASCII));
        assertEquals(ExitCode.ENV_FILE, e.exitCode());
        assertTrue(e.fix().contains("LC_ALL=C.UTF-8"), e.fix());
    }

    @Test
    void aPathTheLocaleCannotEncodeIsRefusedAndOneItCanIsNot() {
        assertThrows(EnvFileException.class,
                () -> EnvFile.requireRepresentable("/home/u/café/.env", StandardCharsets.US_ASCII));
        assertDoesNotThrow(() -> EnvFile.requireRepresentable("/home/u/café/.env", StandardCharsets.UTF_8));
        assertDoesNotThrow(() -> EnvFile.requireRepresentable("/home/u/cafe/.env", StandardCharsets.US_ASCII));
    }

    /** The real JVM in the POSIX locale, in a folder "café" next to a decoy "caf??". */
    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "the locale sets file name encoding only on Linux (macOS JDKs use UTF-8, Windows UTF-16)")
    void inThePosixLocaleTheTokenNeverLandsInTheFolderTheMangledNameMatches() throws Exception {
        Path real = Files.createDirectory(dir.resolve("caf\u00E9"));
        Path decoy = Files.createDirectory(dir.resolve("caf??"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.notionsetup.cli.Main", "--token-stdin", "--yes", "--skip-validation")
                .directory(real.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_") || name.equals("JAVA_TOOL_OPTIONS"));
        Process process = builder.start();
        process.getOutputStream().write(TOKEN.getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "ended");

        assertEquals(List.of(), Files.list(decoy).toList(), "nothing in the decoy folder: " + output);
        assertEquals(ExitCode.ENV_FILE.code(), process.exitValue(), output);
        assertTrue(output.contains("LC_ALL=C.UTF-8"), output);
        assertFalse(output.contains(TOKEN), "token not echoed");
        assertEquals(List.of(), Files.list(real).toList(), "nothing written where it could not be named");
    }
}
