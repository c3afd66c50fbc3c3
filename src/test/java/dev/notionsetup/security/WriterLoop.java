package dev.notionsetup.security;

import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.testing.FaultyFileOps;
import dev.notionsetup.token.Secret;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A process that does nothing but write NOTION_API_KEY into an env file through the real EnvFile, over and
 * over, so that a test can kill it at any moment of a write (EnvFileKillIT). Arguments: the file, the tokens
 * to write in turn (comma-separated), how many writes (-1: until killed) and, optionally, the file operation
 * (counted from 0 over all the writes) before which it stops until it is killed or told to end. Prints "ready" before the
 * first write, "paused before operation N (STEP)" when it stops, and "done" after the last write.
 */
public final class WriterLoop {
    private WriterLoop() {
    }

    public static void main(String[] args) {
        Path path = Path.of(args[0]).toAbsolutePath();
        String[] tokens = args[1].split(",");
        long writes = Long.parseLong(args[2]);
        EnvFile file = args.length > 3 ? new EnvFile(path, pausingBefore(Integer.parseInt(args[3]))) : EnvFile.at(path);
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; writes < 0 || i < writes; i++) {
            file.set("NOTION_API_KEY", Secret.of(tokens[(int) (i % tokens.length)]));
        }
        System.out.println("done");
    }

    /**
     * The real file system, stopping before its {@code operation}-th operation until the JVM is told to end: a
     * SIGKILL ends it there, and a SIGTERM lets the write go on while the shutdown hooks run, as it would.
     */
    private static FaultyFileOps pausingBefore(int operation) {
        FaultyFileOps ops = new FaultyFileOps();
        AtomicInteger count = new AtomicInteger();
        CountDownLatch ending = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(ending::countDown, "writer loop: ending"));
        for (FaultyFileOps.Step step : FaultyFileOps.Step.values()) {
            ops.onStep(step, () -> {
                int n = count.getAndIncrement();
                if (n == operation) {
                    System.out.println("paused before operation " + n + " (" + step + ")");
                    System.out.flush();
                    try {
                        ending.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        }
        return ops;
    }
}
