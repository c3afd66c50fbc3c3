package dev.notionsetup.cli;

import dev.notionsetup.browser.SystemBrowser;
import dev.notionsetup.browser.SystemProcessLauncher;
import dev.notionsetup.credentials.Keychains;
import dev.notionsetup.credentials.SystemProcessRunner;
import dev.notionsetup.envfile.EnvFile;
import dev.notionsetup.envfile.EnvFileException;
import dev.notionsetup.envfile.FileOps;
import dev.notionsetup.envfile.ProcessCommandRunner;
import dev.notionsetup.envfile.UnfinishedWrites;
import dev.notionsetup.notion.HttpWarmup;
import dev.notionsetup.notion.LocalClock;
import dev.notionsetup.notion.Sleeper;
import dev.notionsetup.prompt.Console;
import dev.notionsetup.prompt.Consoles;
import dev.notionsetup.run.SystemChildLauncher;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/** The real outside world (streams, environment, terminal, browser, clock) handed to the command line. */
final class SystemWiring {
    private SystemWiring() {
    }

    static int run(String[] args) {
        Map<String, String> env = System.getenv();
        Terminals ends = Terminals.read();
        boolean terminal = ends.bothAreTerminals();
        // A lambda, not a method reference: that would load the console classes (and JLine's) at start-up, and
        // only the wizard should pay for the terminal.
        Supplier<Console> openConsole = () -> Consoles.open(env);
        if (!WizardGuess.likely(args, env, terminal)) {
            if (mayTalkToNotion(args)) {
                String environmentUrl = env.get("NOTION_API_URL");
                HttpWarmup.start(!plainHttp(args, environmentUrl == null || environmentUrl.isBlank()
                        ? env.get("NOTION_API_BASE_URL") : environmentUrl));
            }
            return run(args, env, ends, terminal, openConsole);
        }
        // First thing, so that the opening overlaps all the rest up to the first question.
        ConsoleInAdvance console = ConsoleInAdvance.start(openConsole);
        try {
            return run(args, env, ends, terminal, console);
        } finally {
            console.closeIfUnused();
        }
    }

    private static int run(String[] args, Map<String, String> env, Terminals ends, boolean terminal,
                           Supplier<Console> console) {
        try {
            // Issue 14, item 15: in the POSIX locale a non-ASCII working folder is not the folder Java sees.
            EnvFile.requireRepresentableWorkingFolder();
        } catch (EnvFileException e) {
            System.err.println("Error: " + e.what());
            System.err.println(e.fix());
            return e.exitCode().code();
        }
        String os = System.getProperty("os.name", "");
        Dependencies deps = new Dependencies(env, System.in, System.out, System.err,
                Path.of("").toAbsolutePath(), terminal, console,
                browserEnv -> new SystemBrowser(browserEnv, os, SystemProcessLauncher.forPlatform(os)),
                Sleeper.SYSTEM, terminal ? null : ends.whichIsNot(), ends.stdinIsTerminal(terminal),
                new LocalClock(), FileOps.system(), new ProcessCommandRunner(), UnfinishedWrites.ofThisProcess(),
                // A lambda: the keychain's classes are loaded by the first command that asks for it, not before.
                () -> Keychains.forPlatform(os, env, new SystemProcessRunner()), new SystemChildLauncher());
        return CommandLineFactory.create(deps).execute(args);
    }

    /**
     * Whether the base URL is plain http (loopback: no TLS to prepare), judged like {@link Invocation} does:
     * --api-url first, then NOTION_API_URL (or NOTION_API_BASE_URL).
     */
    static boolean plainHttp(String[] args, String environmentUrl) {
        String url = environmentUrl;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--api-url") && i + 1 < args.length) {
                url = args[i + 1];
            } else if (args[i].startsWith("--api-url=")) {
                url = args[i].substring("--api-url=".length());
            }
        }
        return url != null && url.strip().regionMatches(true, 0, "http://", 0, "http://".length());
    }

    /**
     * Whether this run may send a request, judged before parsing: not when it only prints help, a version or
     * the completion script, or writes the token unverified. (A wrong guess costs only time either way.)
     */
    static boolean mayTalkToNotion(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("--version") || arg.equals("generate-completion")
                    || arg.equals("--skip-validation") || WizardGuess.shortHelpOrVersion(arg)) {
                return false;
            }
        }
        return true;
    }
}
