package dev.notionsetup.security;

import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.token.Secret;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.notionsetup.testing.Fixtures.OTHER_TOKEN;
import static dev.notionsetup.testing.Fixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The env file against bad luck, with real processes: killed (SIGKILL) at random, seeded moments while writing
 * (file operations, so a seed replays them), many times over; two writers at once; a real full disk and a
 * read-only file system. Afterwards the file is
 * always exactly the old one or exactly a new one, and what a killed writer left behind is removed by the
 * next write. The seed is {@code -Dnotionsetup.killSeed} (default below), printed with every failure.
 */
class EnvFileKillIT {
    private static final long SEED = Long.getLong("notionsetup.killSeed", 20_261_121L);
    /** About 80 ms each: JVM start, the writing loop up to the chosen operation, the kill, the check. */
    private static final int KILLS = 40;
    /** The kills land before one of the first this many file operations: those of the first few writes. */
    private static final int OPERATIONS = 40;
    private static final String ORIGINAL = "# app settings\r\nexport DEBUG=1\r\nNOTION_API_KEY=old\r\nTAIL=\"x y\"\r\n";

    @TempDir
    Path dir;

    private static String with(String token) {
        return ORIGINAL.replace("NOTION_API_KEY=old", "NOTION_API_KEY=" + token);
    }

    /** What a reader may see while writers set either token: the file before, or after one whole write. */
    private static final Set<String> ORIGINAL_OR_EITHER_TOKEN = Set.of(ORIGINAL, with(TOKEN), with(OTHER_TOKEN));

    private Path originalEnv() throws IOException {
        Path env = dir.resolve(".env");
        Files.writeString(env, ORIGINAL);
        return env;
    }

    private static void assertOneOf(Set<String> valid, Path file, String context) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (!valid.contains(content)) {
            fail(context + " (seed " + SEED + "): the file is neither the old nor a new one:\n" + content);
        }
    }

    private List<String> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp-")).sorted().toList();
        }
    }

    /** Starts {@code command} in the test folder; its stdout lines arrive in {@code lines}. */
    private static Process start(List<String> command, Path dir, BlockingQueue<String> lines) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Processes.cleanEnvironment(builder);
        Process process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed; nothing more to read
            }
        }, "stdout of " + process.pid());
        reader.setDaemon(true);
        reader.start();
        return process;
    }

    /** Makes the temporary files look a minute old: past the age below which an unlocked one is kept. */
    private void ageTemporaryFiles() throws IOException {
        for (String name : temporaryFiles()) {
            Files.setLastModifiedTime(dir.resolve(name), FileTime.from(Instant.now().minus(Duration.ofMinutes(1))));
        }
    }

    private static void awaitLine(BlockingQueue<String> lines, String expected) throws InterruptedException {
        String line = lines.poll(30, TimeUnit.SECONDS);
        assertEquals(expected, line, "the helper process did not start");
    }

    /** A writer stopped for good before one of its file operations, and the line that says which. */
    private record Paused(Process process, String where) {
    }

    /**
     * A WriterLoop writing the two tokens in turn, stopped before its {@code operation}-th file operation. The
     * moments are file operations drawn from the seed, not times: the same seed stops the writers at the same
     * moments on any machine, however fast or busy.
     */
    private Paused writerPausedAt(Path env, int operation) throws IOException, InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Process writer = start(Processes.testMain(WriterLoop.class, env.toString(), TOKEN + "," + OTHER_TOKEN, "-1",
                String.valueOf(operation)), dir, lines);
        awaitLine(lines, "ready");
        String paused = lines.poll(30, TimeUnit.SECONDS);
        assertTrue(paused != null && paused.startsWith("paused before operation " + operation + " "),
                "the writer did not stop where told (seed " + SEED + "): " + paused);
        return new Paused(writer, paused);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGKILL exit status 137")
    void sigkillAtRandomMomentsOfWritingLeavesTheOldFileOrTheNew() throws Exception {
        Path env = originalEnv();
        Random random = new Random(SEED);
        int killedWithTemporaryFile = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Paused writer = writerPausedAt(env, random.nextInt(OPERATIONS));

            writer.process().destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
            assertEquals(137, Processes.waitFor(writer.process(), 30), "killed by SIGKILL");

            assertOneOf(ORIGINAL_OR_EITHER_TOKEN, env, "after kill " + kill + ", " + writer.where());
            killedWithTemporaryFile += temporaryFiles().isEmpty() ? 0 : 1;
        }
        System.out.println("seed " + SEED + ": " + killedWithTemporaryFile + " of " + KILLS
                + " kills left a temporary file");

        // The next write, by anyone, removes what the killed writers left once it is no longer fresh: their
        // locks died with them.
        ageTemporaryFiles();
        EnvFile.at(env).set("NOTION_API_KEY", Secret.of(TOKEN));

        assertEquals(List.of(), temporaryFiles(), "temporary files of killed writers are still there");
        assertEquals(with(TOKEN), Files.readString(env));
    }

    /**
     * Issue 14 item 5: SIGTERM (the JVM's shutdown hooks run) at random moments of writing leaves no temporary
     * file, ever: a SIGTERM is not a SIGKILL.
     */
    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGTERM and shutdown hooks")
    void sigtermAtRandomMomentsOfWritingLeavesNoTemporaryFile() throws Exception {
        Path env = originalEnv();
        Random random = new Random(SEED + 2);
        for (int kill = 1; kill <= 20; kill++) {
            Paused writer = writerPausedAt(env, random.nextInt(OPERATIONS));

            writer.process().destroy(); // SIGTERM
            assertEquals(143, Processes.waitFor(writer.process(), 30), "ended by SIGTERM");

            assertOneOf(ORIGINAL_OR_EITHER_TOKEN, env, "after SIGTERM " + kill + ", " + writer.where());
            assertEquals(List.of(), temporaryFiles(), "after SIGTERM " + kill + ", " + writer.where() + " (seed "
                    + SEED + ")");
        }
    }

    /**
     * Issue 14 item 14: a writer's temporary file is known by its lock, not by its pid, so a writer in another
     * pid namespace (a container next to the host) keeps it however old it is, until it dies.
     */
    @Test
    void aLiveWritersTemporaryFileIsKeptHoweverOldUntilItDies() throws Exception {
        holdAndRelease(Processes.testMain(LockHolder.class, dir.toString(), ".env.tmp-"));
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "unshare (pid namespace)")
    void aWriterInAnotherPidNamespaceKeepsItsTemporaryFile() throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("unshare", "--pid", "--fork", "--kill-child", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            probe = null;
        }
        Assumptions.assumeTrue(probe != null && Processes.waitFor(probe, 30) == 0,
                "needs unshare and the right to make a pid namespace (root)");
        List<String> command = new ArrayList<>(List.of("unshare", "--pid", "--fork", "--kill-child"));
        command.addAll(Processes.testMain(LockHolder.class, dir.toString(), ".env.tmp-"));
        holdAndRelease(command);
    }

    private void holdAndRelease(List<String> holderCommand) throws Exception {
        Path env = originalEnv();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Process holder = start(holderCommand, dir, lines);
        String held = lines.poll(60, TimeUnit.SECONDS);
        assertTrue(held != null && held.startsWith(dir.resolve(".env.tmp-").toString()), "the holder said " + held);
        Path temp = Path.of(held);
        ageTemporaryFiles();

        EnvFile.at(env).set("NOTION_API_KEY", Secret.of(TOKEN));
        assertTrue(Files.exists(temp), "a live writer's temporary file was removed");

        holder.destroyForcibly();
        Processes.waitFor(holder, 30);
        // The holder (in a namespace: the child unshare kills on its way out) may take a moment to be gone.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.exists(temp) && System.nanoTime() < deadline) {
            EnvFile.at(env).set("NOTION_API_KEY", Secret.of(OTHER_TOKEN));
            Thread.sleep(100);
        }
        assertEquals(List.of(), temporaryFiles(), "a dead writer's temporary file was kept");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "SIGKILL exit status 137")
    void sigkillOfTheRealToolAtRandomMoments() throws Exception {
        Path env = originalEnv();
        Set<String> valid = Set.of(ORIGINAL, with(TOKEN));
        Random random = new Random(SEED + 1);
        long started = System.nanoTime();
        assertEquals(0, runTool(TOKEN, -1), "a whole run");
        long runMillis = (System.nanoTime() - started) / 1_000_000;
        Files.writeString(env, ORIGINAL);

        for (int kill = 1; kill <= 6; kill++) {
            int exit = runTool(TOKEN, random.nextInt((int) Math.max(1, runMillis * 6 / 5)));

            assertTrue(exit == 0 || exit == 137, "exit " + exit);
            assertOneOf(valid, env, "after killing the tool (" + kill + ")");
            Files.writeString(env, ORIGINAL);
        }
        // A later run, not one within the age below which an unlocked temporary file is kept.
        ageTemporaryFiles();
        assertEquals(0, runTool(TOKEN, -1));
        assertEquals(List.of(), temporaryFiles());
        assertEquals(with(TOKEN), Files.readString(env));
    }

    /** The real tool writing {@code token}; SIGKILLed after {@code killAfterMillis} unless that is negative. */
    private int runTool(String token, long killAfterMillis) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Processes.tool("--token-stdin", "--yes", "--skip-validation"))
                .directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Processes.cleanEnvironment(builder);
        Process tool = builder.start();
        try (OutputStream in = tool.getOutputStream()) {
            in.write(token.getBytes(StandardCharsets.UTF_8));
        }
        if (killAfterMillis >= 0 && !tool.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            tool.destroyForcibly();
        }
        return Processes.waitFor(tool, 60);
    }

    @Test
    void twoWritersAtOnceNeverShowAReaderHalfAFile() throws Exception {
        Path env = originalEnv();
        BlockingQueue<String> linesA = new LinkedBlockingQueue<>();
        BlockingQueue<String> linesB = new LinkedBlockingQueue<>();
        Process a = start(Processes.testMain(WriterLoop.class, env.toString(), TOKEN, "150"), dir, linesA);
        Process b = start(Processes.testMain(WriterLoop.class, env.toString(), OTHER_TOKEN, "150"), dir, linesB);
        awaitLine(linesA, "ready");
        awaitLine(linesB, "ready");

        int reads = 0;
        while (a.isAlive() || b.isAlive()) {
            assertOneOf(ORIGINAL_OR_EITHER_TOKEN, env, "read " + ++reads + " during two writers");
        }

        assertEquals(0, Processes.waitFor(a, 60), "writer A failed");
        assertEquals(0, Processes.waitFor(b, 60), "writer B failed");
        assertEquals("done", linesA.poll(5, TimeUnit.SECONDS));
        assertEquals("done", linesB.poll(5, TimeUnit.SECONDS));
        assertOneOf(Set.of(with(TOKEN), with(OTHER_TOKEN)), env, "after both");
        assertEquals(List.of(), temporaryFiles(), "a writer left its temporary file");
        System.out.println(reads + " reads during two writers, each a whole file");
    }

    @Test
    void twoRealToolsAtOnceEndWithOneOfTheTwoTokens() throws Exception {
        Path env = dir.resolve(".env");
        for (int round = 1; round <= 3; round++) {
            Files.writeString(env, ORIGINAL);
            List<Process> tools = new ArrayList<>();
            for (String token : List.of(TOKEN, OTHER_TOKEN)) {
                ProcessBuilder builder = new ProcessBuilder(Processes.tool("--token-stdin", "--yes",
                        "--skip-validation")).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD);
                Processes.cleanEnvironment(builder);
                Process tool = builder.start();
                try (OutputStream in = tool.getOutputStream()) {
                    in.write(token.getBytes(StandardCharsets.UTF_8));
                }
                tools.add(tool);
            }
            for (Process tool : tools) {
                assertEquals(0, Processes.waitFor(tool, 60), "round " + round);
            }
            assertOneOf(Set.of(with(TOKEN), with(OTHER_TOKEN)), env, "round " + round);
            assertEquals(List.of(), temporaryFiles());
        }
    }

    /**
     * A real full disk (a 16 KiB tmpfs, filled) and a real read-only file system, in a private mount namespace
     * that disappears with the test. Needs root and unshare; skipped where they are missing.
     */
    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "unshare, tmpfs, mount")
    void aRealFullDiskAndAReadOnlyFileSystemLeaveTheFileAndSaySo() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("mnt"));
        Path out = Files.createDirectory(dir.resolve("out"));
        String tool = String.join(" ", Processes.tool("--env-file", "\"$MNT/.env\"", "--token-stdin", "--yes",
                "--skip-validation"));
        String script = String.join("\n",
                "mount -t tmpfs -o size=16k,mode=700 tmpfs \"$MNT\" || exit 99",
                "printf '%s' \"$ORIGINAL\" > \"$MNT/.env\"",
                "head -c 1000000 /dev/zero > \"$MNT/fill\" 2>/dev/null",
                "printf '%s' \"$TOKEN\" | " + tool + " 2> \"$OUT/full.err\"; echo $? > \"$OUT/full.exit\"",
                "cp \"$MNT/.env\" \"$OUT/full.env\"; ls -A \"$MNT\" > \"$OUT/full.ls\"",
                "rm \"$MNT/fill\"; mount -o remount,ro \"$MNT\" || exit 98",
                "printf '%s' \"$TOKEN\" | " + tool + " 2> \"$OUT/ro.err\"; echo $? > \"$OUT/ro.exit\"",
                "cp \"$MNT/.env\" \"$OUT/ro.env\"; ls -A \"$MNT\" > \"$OUT/ro.ls\"");
        ProcessBuilder builder = new ProcessBuilder("unshare", "--mount", "sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = Processes.cleanEnvironment(builder);
        env.putAll(Map.of("MNT", mount.toString(), "OUT", out.toString(), "ORIGINAL", ORIGINAL, "TOKEN", TOKEN));
        Process shell;
        try {
            shell = builder.start();
        } catch (IOException e) {
            Assumptions.abort("unshare is not available: " + e.getMessage());
            return;
        }
        int exit = Processes.waitFor(shell, 120);
        Assumptions.assumeTrue(exit != 99 && exit != 98 && Files.exists(out.resolve("full.exit")),
                "cannot mount a tmpfs here (needs root and mount namespaces); exit " + exit);

        assertEquals("5", Files.readString(out.resolve("full.exit")).strip(), Files.readString(out.resolve("full.err")));
        assertTrue(Files.readString(out.resolve("full.err")).contains("No space left on device"),
                Files.readString(out.resolve("full.err")));
        assertTrue(Files.readString(out.resolve("full.err")).contains(".env was not changed"));
        assertEquals(ORIGINAL, Files.readString(out.resolve("full.env")));
        assertEquals(".env\nfill\n", Files.readString(out.resolve("full.ls")), "a temporary file was left");

        assertEquals("5", Files.readString(out.resolve("ro.exit")).strip(), Files.readString(out.resolve("ro.err")));
        assertTrue(Files.readString(out.resolve("ro.err")).contains("read-only"), Files.readString(out.resolve("ro.err")));
        assertEquals(ORIGINAL, Files.readString(out.resolve("ro.env")));
        assertEquals(".env\n", Files.readString(out.resolve("ro.ls")));
    }
}
