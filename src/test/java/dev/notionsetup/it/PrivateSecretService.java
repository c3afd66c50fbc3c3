package dev.notionsetup.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A D-Bus session bus of the test's own, optionally with a real gnome-keyring on it, so tests never touch
 * the user's keyring: the bus activates nothing by itself (no service directories), and the keyring keeps
 * its files under the test's folder. Needs dbus-daemon, gnome-keyring-daemon, secret-tool and gdbus.
 */
final class PrivateSecretService implements AutoCloseable {
    static final String PASSWORD = "test-keyring-password";
    private static final List<String> TOOLS = List.of("dbus-daemon", "gnome-keyring-daemon", "secret-tool", "gdbus");
    private static final String BUS_CONFIG = """
            <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
             "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
            <busconfig>
              <type>session</type>
              <listen>unix:dir=%s</listen>
              <auth>EXTERNAL</auth>
              <policy context="default">
                <allow send_destination="*" eavesdrop="true"/>
                <allow eavesdrop="true"/>
                <allow own="*"/>
              </policy>
            </busconfig>
            """;

    private final Path dir;
    private final Process bus;
    private final String address;
    private Process keyring;

    private PrivateSecretService(Path dir, Process bus, String address) {
        this.dir = dir;
        this.bus = bus;
        this.address = address;
    }

    /**
     * Skips the calling test, saying why, when a tool is missing; fails instead when
     * NOTION_SETUP_KEYRING=required (set by .ci/run), so CI cannot pass by skipping.
     */
    static void requireTools() {
        List<String> missing = TOOLS.stream().filter(tool -> !onPath(tool)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String why = "not installed here: " + String.join(", ", missing)
                + " (Debian: apt-get install dbus gnome-keyring libsecret-tools libglib2.0-bin)";
        if ("required".equals(System.getenv("NOTION_SETUP_KEYRING"))) {
            fail("The keychain tests are required here, but their tools are " + why);
        }
        Assumptions.assumeTrue(false, "Skipped: the Secret Service tools are " + why);
    }

    /** A bus with nothing on it. */
    static PrivateSecretService bus(Path dir) throws IOException {
        Path config = dir.resolve("bus.conf");
        Files.writeString(config, BUS_CONFIG.formatted(dir));
        Process bus = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--nofork", "--print-address=1")
                .redirectError(dir.resolve("bus.log").toFile())
                .start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (address == null) {
            bus.destroyForcibly();
            throw new IOException("dbus-daemon printed no address: " + Files.readString(dir.resolve("bus.log")));
        }
        return new PrivateSecretService(dir, bus, address.strip());
    }

    /** A bus with gnome-keyring on it, its login keyring created and unlocked with {@link #PASSWORD}. */
    static PrivateSecretService unlockedKeyring(Path dir) throws IOException, InterruptedException {
        return bus(dir).withKeyring(true);
    }

    /**
     * Starts gnome-keyring's Secret Service on this bus and returns once it owns org.freedesktop.secrets.
     * {@code unlock}: read {@link #PASSWORD} on stdin to create or unlock the login keyring; without it a new
     * keyring has no login collection and could only get one through a prompt, which needs a desktop.
     */
    PrivateSecretService withKeyring(boolean unlock) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> env = keyringEnvironment(home, runtime);
        List<String> command = new ArrayList<>(List.of("gnome-keyring-daemon", "--foreground", "--components=secrets"));
        if (unlock) {
            command.add("--unlock");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("keyring.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        keyring = builder.start();
        try (OutputStream stdin = keyring.getOutputStream()) {
            if (unlock) {
                stdin.write(PASSWORD.getBytes(StandardCharsets.UTF_8));
            }
        }
        assertEquals(0, run("gdbus", "wait", "--session", "--timeout", "30", "org.freedesktop.secrets").exitCode(),
                () -> "gnome-keyring never appeared on the bus: " + read(dir.resolve("keyring.log")));
        return this;
    }

    /** The environment a client of this bus needs: the bus address and a PATH, nothing of this machine's. */
    Map<String, String> clientEnvironment() {
        return Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                "DBUS_SESSION_BUS_ADDRESS", address);
    }

    /** Locks the login collection through the Secret Service API, as a screen lock or a timeout would. */
    void lock() throws IOException, InterruptedException {
        Result locked = run("gdbus", "call", "--session", "--dest", "org.freedesktop.secrets", "--object-path",
                "/org/freedesktop/secrets", "--method", "org.freedesktop.Secret.Service.Lock",
                "['/org/freedesktop/secrets/collection/login']");
        assertEquals(0, locked.exitCode(), locked.output());
    }

    /** Stops the keyring without ending it: it keeps its name on the bus and never answers again. */
    void freeze() throws IOException, InterruptedException {
        assertEquals(0, run("kill", "-STOP", Long.toString(keyring.pid())).exitCode());
    }

    /** secret-tool itself, on this bus, as a person following the docs would run it. */
    Result secretTool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("secret-tool"));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    record Result(int exitCode, String output) {
    }

    private Result run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dir, "out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(clientEnvironment());
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        return new Result(process.exitValue(), Files.readString(output));
    }

    private Map<String, String> keyringEnvironment(Path home, Path runtime) {
        Map<String, String> env = new HashMap<>(clientEnvironment());
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        return env;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        for (Process process : new Process[] {keyring, bus}) {
            if (process != null) {
                process.destroyForcibly();
                try {
                    process.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
