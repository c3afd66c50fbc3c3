package dev.notionsetup.cli;

import dev.notionsetup.browser.Browser;
import dev.notionsetup.credentials.Keychain;
import dev.notionsetup.credentials.Keychains;
import dev.notionsetup.credentials.SystemProcessRunner;
import dev.notionsetup.envfile.CommandRunner;
import dev.notionsetup.envfile.FileOps;
import dev.notionsetup.envfile.ProcessCommandRunner;
import dev.notionsetup.envfile.UnfinishedWrites;
import dev.notionsetup.notion.LocalClock;
import dev.notionsetup.notion.Sleeper;
import dev.notionsetup.notion.TerminalText;
import dev.notionsetup.prompt.Console;
import dev.notionsetup.run.ChildLauncher;
import dev.notionsetup.run.SystemChildLauncher;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the tool takes from the outside world, passed in so that tests run the real command line with
 * captured streams, a scripted console, a fake browser, a sleeper that does not sleep, and (where a fault must
 * be simulated) a file system or git that fails.
 *
 * @param terminal      whether stdin and stdout are both a terminal (the wizard may prompt)
 * @param console       opens the interactive console; called only by the wizard
 * @param browsers      builds the browser opener from the environment
 * @param notATerminal  when {@code terminal} is false, which end is not one ("standard input", "standard
 *                      output"), for the message that says why nothing is asked
 * @param stdinTerminal whether stdin alone is a terminal (what is typed there is echoed)
 * @param clock         the time, in the user's zone: the run's deadline, "try again after HH:MM"
 * @param files         the file system the env file is read and written through
 * @param git           runs git, which says whether the env file would be committed
 * @param writes        the env-file writes in progress, which a signal stops
 *                      ({@link UnfinishedWrites#ofThisProcess()})
 * @param keychain      opens the OS keychain; called only by a run that needs it, so the others load and start
 *                      nothing for it
 * @param children      starts the command of {@code notion-setup run}
 */
public record Dependencies(Map<String, String> env, InputStream stdin, PrintStream stdout, PrintStream stderr,
                           Path workingDir, boolean terminal, Supplier<Console> console,
                           Function<Map<String, String>, Browser> browsers, Sleeper sleeper, String notATerminal,
                           boolean stdinTerminal, Clock clock, FileOps files, CommandRunner git,
                           UnfinishedWrites writes, Supplier<Keychain> keychain, ChildLauncher children) {

    public Dependencies {
        env = Map.copyOf(env);
    }

    /**
     * Without a terminal, the usual reason: nothing typed can arrive (a pipe, /dev/null, cron); the real file
     * system and git.
     */
    public Dependencies(Map<String, String> env, InputStream stdin, PrintStream stdout, PrintStream stderr,
                        Path workingDir, boolean terminal, Supplier<Console> console,
                        Function<Map<String, String>, Browser> browsers, Sleeper sleeper) {
        this(env, stdin, stdout, stderr, workingDir, terminal, console, browsers, sleeper, "standard input");
    }

    /** The platform's keychain, reached with {@code env}, and real child processes. */
    public Dependencies(Map<String, String> env, InputStream stdin, PrintStream stdout, PrintStream stderr,
                        Path workingDir, boolean terminal, Supplier<Console> console,
                        Function<Map<String, String>, Browser> browsers, Sleeper sleeper, String notATerminal,
                        boolean stdinTerminal, Clock clock, FileOps files, CommandRunner git,
                        UnfinishedWrites writes) {
        this(env, stdin, stdout, stderr, workingDir, terminal, console, browsers, sleeper, notATerminal,
                stdinTerminal, clock, files, git, writes,
                () -> Keychains.forPlatform(System.getProperty("os.name"), env, new SystemProcessRunner()),
                new SystemChildLauncher());
    }

    /**
     * Stdin is a terminal exactly when both ends are; the system clock, the real file system and git; writes
     * that only their holder stops, not the JVM's exit.
     */
    public Dependencies(Map<String, String> env, InputStream stdin, PrintStream stdout, PrintStream stderr,
                        Path workingDir, boolean terminal, Supplier<Console> console,
                        Function<Map<String, String>, Browser> browsers, Sleeper sleeper, String notATerminal) {
        this(env, stdin, stdout, stderr, workingDir, terminal, console, browsers, sleeper, notATerminal, terminal,
                new LocalClock(), FileOps.system(), new ProcessCommandRunner(), new UnfinishedWrites());
    }

    /** Names only: the environment may hold NOTION_API_KEY, and a record's own toString would print its value. */
    @Override
    public String toString() {
        return "Dependencies[env=" + new java.util.TreeSet<>(env.keySet()) + ", workingDir=" + workingDir
                + ", terminal=" + terminal + "]";
    }

    /**
     * Whether a person may be asked, before looking at token options: stdin and stdout are a terminal and CI
     * is unset (or "false"), the rule docs/reference.md states.
     */
    public boolean canPrompt() {
        return whyNoPrompt().isEmpty();
    }

    /** The real reason nothing may be asked, said as the end of a sentence; empty when the wizard may prompt. */
    public Optional<String> whyNoPrompt() {
        if (!terminal) {
            return Optional.of(notATerminal + " is not a terminal");
        }
        if (ciSet(env)) {
            return Optional.of("CI is set (CI=" + TerminalText.sanitize(ci(env), 40) + ")");
        }
        return Optional.empty();
    }

    /** Whether CI is set to anything but "" or "false": then no person is asked anything. */
    static boolean ciSet(Map<String, String> env) {
        String ci = ci(env);
        return ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false");
    }

    private static String ci(Map<String, String> env) {
        return env.get("CI");
    }

}
