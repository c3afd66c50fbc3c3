package dev.notionsetup.it;

import dev.notionsetup.testing.ChildEnvironment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs the built jar as CI would: {@code java -jar target/notion-setup.jar …} in its own process, with an
 * environment made from nothing (PATH, HOME, TERM and what the test adds, so the developer's own
 * NOTION_API_KEY or CI variable cannot leak in), stdin either piped text or closed at once, stdout and
 * stderr captured separately. No run may take longer than {@link #LIMIT}: a process that waits for input is
 * a failure, not a slow test.
 */
final class JarProcess {
    static final Duration LIMIT = Duration.ofSeconds(60);
    /** Long enough that twelve consecutive characters cannot be a coincidence; see LeakCheck in the token tests. */
    private static final int LEAK_WINDOW = 12;

    private final Path workingDir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private String stdin;
    private boolean onTerminal;
    private List<String> launch;

    JarProcess(Path workingDir) {
        this.workingDir = workingDir;
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", workingDir.toString());
        env.put("TERM", "xterm-256color");
    }

    static Path jar() {
        String jar = System.getProperty("notionsetup.jar");
        assertNotNull(jar, "system property notionsetup.jar is not set: run these with `mvn verify` (failsafe)");
        if (!Files.isRegularFile(Path.of(jar))) {
            fail("the jar " + jar + " does not exist: run `mvn verify`, which builds it first");
        }
        return Path.of(jar);
    }

    /** {@code /usr/bin/script} from util-linux gives the process a pseudo-terminal, as a person's shell would. */
    static boolean canFakeATerminal() {
        return Files.isExecutable(Path.of("/usr/bin/script"));
    }

    JarProcess env(String key, String value) {
        env.put(key, value);
        return this;
    }

    JarProcess without(String key) {
        env.remove(key);
        return this;
    }

    /** Text for standard input, which is then closed; without it stdin is closed before the tool starts. */
    JarProcess stdin(String text) {
        this.stdin = text;
        return this;
    }

    /**
     * Runs under a pseudo-terminal (stdin and stdout are a TTY). stdout and stderr then arrive merged in
     * {@link Result#stdout}, with CRLF line ends, as on a screen.
     */
    JarProcess onTerminal() {
        this.onTerminal = true;
        return this;
    }

    /** Starts the tool with these words (a launcher script, see {@link Launcher}) instead of {@code java -jar}. */
    JarProcess launchedBy(List<String> words) {
        this.launch = words;
        return this;
    }

    Result run(String... args) throws IOException, InterruptedException {
        // The JVM running the tests, so the suite does not depend on which java is first on PATH.
        List<String> java = new ArrayList<>(launch != null ? launch : List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        java.addAll(List.of(args));
        List<String> command = onTerminal
                ? List.of("/usr/bin/script", "--quiet", "--return", "--command",
                java.stream().map(JarProcess::shellQuoted).collect(Collectors.joining(" ")), "/dev/null")
                : java;
        Path out = Files.createTempFile("jar-stdout", ".txt");
        Path err = Files.createTempFile("jar-stderr", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            java.util.Map<String, String> windows = ChildEnvironment.windowsEssentials(pb.environment());
            pb.environment().clear();
            pb.environment().putAll(windows);
            pb.environment().putAll(env);
            Process process = pb.start();
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                fail("notion-setup " + String.join(" ", args) + " did not finish within " + LIMIT.toSeconds()
                        + " s (waiting for input?); stderr so far:\n" + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** What one run left: exit code, stdout, stderr. */
    record Result(int exitCode, String stdout, String stderr) {
        String both() {
            return stdout + "\n" + stderr;
        }

        /** Everything printed, for assertion messages. */
        String shown() {
            return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
        }

        /** Neither stream repeats the token, nor any {@value #LEAK_WINDOW} consecutive characters of it. */
        void assertNoLeakOf(String token) {
            String all = both();
            assertFalse(all.contains(token), "the token was printed:\n" + shown().replace(token, "<TOKEN>"));
            for (int start = 0; start + LEAK_WINDOW <= token.length(); start++) {
                String window = token.substring(start, start + LEAK_WINDOW);
                assertFalse(all.contains(window), "12 characters of the token (offset " + start + ") were printed");
            }
        }

        List<String> stderrLines() {
            return stderr.lines().toList();
        }
    }
}
