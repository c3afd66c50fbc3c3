package dev.notionsetup.credentials;

import dev.notionsetup.token.Secret;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** {@link ProcessRunner} with real processes. */
public final class SystemProcessRunner implements ProcessRunner {
    /** Keychain programs print a secret, a few attributes or one error line; more is not what we asked for. */
    private static final int MAX_OUTPUT_BYTES = 64 * 1024;

    @Override
    public Outcome run(Command command) {
        ProcessBuilder builder = new ProcessBuilder(command.argv());
        builder.environment().clear();
        builder.environment().putAll(command.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            return new NotStarted(String.valueOf(e.getMessage()));
        }
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                // Far smaller than a pipe's buffer, so this cannot block on a program that does not read.
                stdin.write(command.stdin().reveal().getBytes(StandardCharsets.UTF_8));
            } catch (IOException programDidNotRead) {
                // It exited or closed stdin first; its exit status says what happened.
            }
            // The output is small enough to sit in the pipe until the program exits, so waiting first keeps
            // the bound independent of the output; reading only what is there keeps a descendant that holds
            // the pipe open from stalling the read.
            if (!process.waitFor(command.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                return new TimedOut();
            }
            return new Finished(process.exitValue(), Secret.of(available(process.getInputStream())),
                    available(process.getErrorStream()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Interrupted();
        } catch (IOException e) {
            return new Finished(process.exitValue(), Secret.none(), String.valueOf(e.getMessage()));
        } finally {
            killTree(process);
        }
    }

    /** Descendants first: once the program is gone they are reparented and can no longer be found from it. */
    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String available(InputStream stream) throws IOException {
        return new String(stream.readNBytes(Math.min(stream.available(), MAX_OUTPUT_BYTES)), StandardCharsets.UTF_8);
    }
}
