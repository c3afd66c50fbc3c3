package dev.notionsetup.cli;

import dev.notionsetup.browser.Browser;
import dev.notionsetup.browser.SystemBrowser;
import dev.notionsetup.browser.SystemProcessLauncher;
import dev.notionsetup.credentials.Keychain;
import dev.notionsetup.credentials.Keychains;
import dev.notionsetup.credentials.SystemProcessRunner;
import dev.notionsetup.envfile.FileOps;
import dev.notionsetup.envfile.UnfinishedWrites;
import dev.notionsetup.notion.LocalClock;
import dev.notionsetup.notion.Sleeper;
import dev.notionsetup.notion.TerminalText;
import dev.notionsetup.run.ChildLauncher;
import dev.notionsetup.run.SystemChildLauncher;
import dev.notionsetup.term.Console;
import dev.notionsetup.term.Consoles;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the tool takes from the outside world, passed in so that tests run the real command line with
 * captured streams, a scripted console, a fake browser, a sleeper that does not sleep, and (where a fault must
 * be simulated) a file system that fails. Made with {@link #builder}, whose defaults are the real ones.
 *
 * @param terminal      whether stdin and stdout are both a terminal (the wizard may prompt)
 * @param console       opens the interactive console; called only by a run that asks a person
 * @param browsers      builds the browser opener from the environment
 * @param notATerminal  when {@code terminal} is false, which end is not one ("standard input", "standard
 *                      output"), for the message that says why nothing is asked
 * @param stdinTerminal whether stdin alone is a terminal (what is typed there is echoed)
 * @param clock         the time, in the user's zone: the run's deadline, "try again after HH:MM"
 * @param files         the file system the env file is read and written through
 * @param writes        the env-file writes in progress, which a signal stops
 * @param keychain      opens the OS keychain; called only by a run that needs it, so the others load and start
 *                      nothing for it
 * @param children      starts the command of {@code notion-setup run}
 */
public record Dependencies(Map<String, String> env, InputStream stdin, PrintStream stdout, PrintStream stderr,
                           Path workingDir, boolean terminal, Supplier<Console> console,
                           Function<Map<String, String>, Browser> browsers, Sleeper sleeper, String notATerminal,
                           boolean stdinTerminal, Clock clock, FileOps files, UnfinishedWrites writes,
                           Supplier<Keychain> keychain, ChildLauncher children) {

    /** The real world for {@code env}: this process's streams, folder, terminal, browser, clock and keychain. */
    public static Builder builder(Map<String, String> env) {
        return new Builder(env);
    }

    /** Names only: the environment may hold NOTION_API_KEY, and a record's own toString would print its value. */
    @Override
    public String toString() {
        return "Dependencies[env=" + new TreeSet<>(env.keySet()) + ", workingDir=" + workingDir
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
        String ci = env.get("CI");
        if (ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false")) {
            return Optional.of("CI is set (CI=" + TerminalText.sanitize(ci, 40) + ")");
        }
        return Optional.empty();
    }

    /**
     * Named settings, each defaulting to the real thing; no terminal (from standard input) unless
     * {@link #terminal} says otherwise, and env-file writes that only their holder stops.
     */
    public static final class Builder {
        private final Map<String, String> env;
        private final String os = System.getProperty("os.name", "");
        private InputStream stdin = System.in;
        private PrintStream stdout = System.out;
        private PrintStream stderr = System.err;
        private Path workingDir = Path.of("").toAbsolutePath();
        private boolean terminal;
        private Boolean stdinTerminal;
        private String notATerminal = "standard input";
        private Supplier<Console> console;
        private Function<Map<String, String>, Browser> browsers;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = new LocalClock();
        private FileOps files = FileOps.system();
        private UnfinishedWrites writes = new UnfinishedWrites();
        private Supplier<Keychain> keychain;
        private ChildLauncher children = new SystemChildLauncher();

        private Builder(Map<String, String> env) {
            this.env = Map.copyOf(env);
            // Lambdas, not method references: the console's and the keychain's classes are loaded by the run
            // that asks for them, not at start-up.
            this.console = () -> Consoles.open(env);
            this.browsers = browserEnv -> new SystemBrowser(browserEnv, os, SystemProcessLauncher.forPlatform(os));
            this.keychain = () -> Keychains.forPlatform(os, env, new SystemProcessRunner());
        }

        public Builder streams(InputStream stdin, PrintStream stdout, PrintStream stderr) {
            this.stdin = stdin;
            this.stdout = stdout;
            this.stderr = stderr;
            return this;
        }

        public Builder workingDir(Path workingDir) {
            this.workingDir = workingDir;
            return this;
        }

        /** Whether both ends are a terminal; stdin alone is one exactly when both are, unless said otherwise. */
        public Builder terminal(boolean terminal) {
            this.terminal = terminal;
            return this;
        }

        public Builder stdinTerminal(boolean stdinTerminal) {
            this.stdinTerminal = stdinTerminal;
            return this;
        }

        public Builder notATerminal(String notATerminal) {
            this.notATerminal = notATerminal;
            return this;
        }

        public Builder console(Supplier<Console> console) {
            this.console = console;
            return this;
        }

        public Builder browsers(Function<Map<String, String>, Browser> browsers) {
            this.browsers = browsers;
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder files(FileOps files) {
            this.files = files;
            return this;
        }

        public Builder writes(UnfinishedWrites writes) {
            this.writes = writes;
            return this;
        }

        public Builder keychain(Supplier<Keychain> keychain) {
            this.keychain = keychain;
            return this;
        }

        public Builder children(ChildLauncher children) {
            this.children = children;
            return this;
        }

        public Dependencies build() {
            return new Dependencies(env, stdin, stdout, stderr, workingDir, terminal, console, browsers, sleeper,
                    notATerminal, stdinTerminal != null ? stdinTerminal : terminal, clock, files, writes,
                    keychain, children);
        }
    }
}
