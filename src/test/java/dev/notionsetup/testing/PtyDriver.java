package dev.notionsetup.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code pty_driver.py} (Python's pty and termios; see its docstring for the spec it takes): a command
 * under a fresh pseudo-terminal, typed at like a person would, with the screen and the terminal's modes back.
 */
public final class PtyDriver {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PtyDriver() {
    }

    /** Whether python3 with pty and termios is there. */
    public static boolean available() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder("python3", "-c", "import pty, termios, fcntl").start();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    public static JsonNode run(ObjectNode spec) throws IOException, InterruptedException {
        Path driver;
        try {
            driver = Path.of(PtyDriver.class.getResource("/dev/notionsetup/security/pty_driver.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path specFile = Files.createTempFile("pty-spec", ".json");
        Files.writeString(specFile, JSON.writeValueAsString(spec));
        try {
            Process python = new ProcessBuilder("python3", driver.toString(), specFile.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = python.getInputStream().readAllBytes();
            if (!python.waitFor(120, TimeUnit.SECONDS)) {
                python.destroyForcibly();
                throw new AssertionError("the pty driver did not end");
            }
            if (python.exitValue() != 0) {
                throw new AssertionError("the pty driver failed with exit " + python.exitValue());
            }
            return JSON.readTree(new String(out, StandardCharsets.UTF_8));
        } finally {
            Files.delete(specFile);
        }
    }
}
