package dev.notionsetup.envfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@link CommandRunner} with a real process, bounded in time: a command that hangs (a network file system,
 * a lock, a credential prompt) is killed and reported as not run rather than freezing the wizard.
 */
public final class ProcessCommandRunner implements CommandRunner {
    /** Plenty for the local git queries used here, short enough that a stuck git is not noticed. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    /** git output is a path or nothing; more than this means something other than what we asked for. */
    private static final int MAX_OUTPUT_BYTES = 64 * 1024;

    private final Duration timeout;
    private final Map<String, String> environment;

    /**
     * @param timeout     how long a command may run before it is killed
     * @param environment variables set for the command on top of this process's environment
     */
    public ProcessCommandRunner(Duration timeout, Map<String, String> environment) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.environment = Map.copyOf(environment);
    }

    public ProcessCommandRunner() {
        this(DEFAULT_TIMEOUT, Map.of());
    }

    @Override
    public Optional<Result> run(List<String> command, Path directory) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not installed, or not allowed to run: same as "cannot tell"
        }
        try {
            // Nothing to say on stdin; closing it makes any prompt see end of input instead of waiting.
            process.getOutputStream().close();
            // The output is tiny (well under a pipe buffer), so the command cannot block on writing it
            // before we read it; waiting first keeps the time bound independent of the output.
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
            return Optional.of(new Result(process.exitValue(), readOutput(process.getInputStream())));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            process.destroyForcibly();
        }
    }

    private static String readOutput(InputStream stdout) throws IOException {
        // Bounded: a descendant that kept the pipe open could otherwise make this read wait forever.
        int available = Math.min(stdout.available(), MAX_OUTPUT_BYTES);
        byte[] bytes = stdout.readNBytes(available);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
