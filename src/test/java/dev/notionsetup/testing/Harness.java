package dev.notionsetup.testing;

import dev.notionsetup.browser.BrowseResult;
import dev.notionsetup.browser.Browser;
import dev.notionsetup.browser.NoBrowser;
import dev.notionsetup.cli.CommandLineFactory;
import dev.notionsetup.cli.Dependencies;
import dev.notionsetup.run.ChildLauncher;
import dev.notionsetup.term.Console;

import dev.notionsetup.envfile.FileOps;

import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real command line in-process with captured stdout/stderr, a chosen environment, a scripted
 * console (or none), a recording browser, and a sleeper that records waits instead of sleeping.
 */
public final class Harness {
    private final Path workingDir;
    private final Map<String, String> env = new HashMap<>();
    private byte[] stdin = new byte[0];
    private InputStream stdinStream;
    private boolean terminal;
    private Boolean stdinTerminal;
    private Clock clock = Clock.systemDefaultZone();
    private Console console;
    private boolean consoleOpened;
    private BrowseResult browseResult = new BrowseResult.Opened("fake browser");
    private FileOps fileOps = FileOps.system();
    /** The keychain every run sees; empty unless a test fills it, never the machine's own. */
    public FakeKeychain keychain = new FakeKeychain();
    private ChildLauncher children = (argv, environment, directory) -> {
        throw new AssertionError("the command tried to start " + argv);
    };
    public final List<URI> opened = new ArrayList<>();
    public final List<Duration> sleeps = new ArrayList<>();

    public Harness(Path workingDir) {
        this.workingDir = workingDir;
        env.put("TERM", "xterm-256color");
    }

    public Harness env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** Text piped to stdin (so stdin is not a terminal, unless {@link #stdinIsATerminal} says so). */
    public Harness stdin(String text) {
        this.stdin = text.getBytes(StandardCharsets.UTF_8);
        if (stdinTerminal == null) {
            stdinTerminal = false;
        }
        return this;
    }

    /** Standard input as a stream of its own, e.g. one that fails when read. */
    public Harness stdin(InputStream stream) {
        this.stdinStream = stream;
        return this;
    }

    /** A person at a terminal, typing these lines. */
    public Harness console(ScriptedConsole console) {
        this.console = console;
        this.terminal = true;
        return this;
    }

    /** Whether a run asked for the terminal (the wizard opens it only once the env file passed its preflight). */
    public boolean consoleOpened() {
        return consoleOpened;
    }

    /** Stdin is a terminal (a person could type at it) whatever the console says. */
    public Harness stdinIsATerminal() {
        this.stdinTerminal = true;
        return this;
    }

    /** The file system the env file is written through: a FaultyFileOps to make the disk fail on cue. */
    public Harness fileOps(FileOps fileOps) {
        this.fileOps = fileOps;
        return this;
    }

    public Harness keychain(FakeKeychain keychain) {
        this.keychain = keychain;
        return this;
    }

    /** What `notion-setup run` starts its command with. */
    public Harness children(ChildLauncher children) {
        this.children = children;
        return this;
    }

    /**
     * The run's clock: its deadline and the times of day it names. A {@link FakeClock} also moves on by
     * every wait the run asks the sleeper for.
     */
    public Harness clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public Harness browserFails(String reason) {
        this.browseResult = new BrowseResult.Unavailable(reason);
        return this;
    }

    /**
     * The whole command line, to inspect or parse rather than run: no terminal, browser or sleep behind it,
     * its --help and --version text written to {@code stdout}.
     */
    public static CommandLine model(OutputStream stdout) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        return CommandLineFactory.create(Dependencies.builder(Map.of())
                .streams(new ByteArrayInputStream(new byte[0]), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                        nowhere)
                .workingDir(Path.of("."))
                .console(() -> {
                    throw new AssertionError("no console here");
                })
                .browsers(env -> new NoBrowser())
                .sleeper(d -> { })
                .build());
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Browser browser = url -> {
            opened.add(url);
            return browseResult;
        };
        Dependencies deps = Dependencies.builder(env)
                .streams(stdinStream != null ? stdinStream : new ByteArrayInputStream(stdin),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .workingDir(workingDir)
                .terminal(terminal)
                .stdinTerminal(stdinTerminal != null ? stdinTerminal : terminal)
                .console(() -> {
                    if (console == null) {
                        throw new AssertionError("the command tried to open a terminal in a non-interactive run");
                    }
                    consoleOpened = true;
                    return console;
                })
                .browsers(e -> browser)
                .sleeper(d -> {
                    sleeps.add(d);
                    if (clock instanceof FakeClock fake) {
                        fake.advance(d);
                    }
                })
                .clock(clock)
                .files(fileOps)
                .keychain(() -> keychain)
                .children(children)
                .build();
        int code = CommandLineFactory.create(deps).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                console == null ? "" : ((ScriptedConsole) console).screen());
    }

    /** What a run left behind: exit code, stdout, stderr and the console screen. */
    public record Result(int exitCode, String stdout, String stderr, String screen) {
        public String everything() {
            return stdout + "\n" + stderr + "\n" + screen;
        }
    }
}
