package dev.notionsetup.security;

import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.testing.ChildEnvironment;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Starting the real tool (the shaded jar) and test helpers as separate JVMs, for the process-level tests. */
final class Processes {
    /** Options for a short-lived JVM, as the launcher uses; no perf data file in /tmp. */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
            "-XX:-UsePerfData");

    private Processes() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The shaded jar failsafe passes in, or the one `mvn package` leaves in target/. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("notionsetup.jar", "target/notion-setup.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar + "; run mvn verify");
        return jar;
    }

    /** java -jar notion-setup.jar ARGS. */
    static List<String> tool(String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** java -cp (main classes and test classes) MAIN ARGS. */
    static List<String> testMain(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", location(EnvFile.class) + File.pathSeparator + location(main), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clean environment for a child: no CI, no token, no proxy; only what a shell would surely have. */
    static Map<String, String> cleanEnvironment(ProcessBuilder builder) {
        Map<String, String> env = builder.environment();
        String path = env.get("PATH");
        Map<String, String> windows = ChildEnvironment.windowsEssentials(env);
        env.clear();
        env.putAll(windows);
        env.put("PATH", path == null ? "/usr/bin:/bin" : path);
        env.put("LANG", "C.UTF-8");
        return env;
    }

    /** Waits, bounded; a process that does not end is killed and the test fails. */
    static int waitFor(Process process, long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("the process did not end within " + seconds + " s");
        }
        return process.exitValue();
    }
}
