package dev.notionsetup.cli;

import dev.notionsetup.browser.SystemBrowser;
import dev.notionsetup.browser.SystemProcessLauncher;
import dev.notionsetup.notion.Sleeper;
import dev.notionsetup.prompt.JLineTerminal;

import java.nio.file.Path;

/** The process entry point: real streams, real environment, real terminal. Everything else is in the factory. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Scripts call this most; answering before picocli builds its model halves its start-up time.
            for (String line : VersionProvider.lines()) {
                System.out.println(line);
            }
            return;
        }
        Dependencies deps = new Dependencies(System.getenv(), System.in, System.out, System.err,
                Path.of("").toAbsolutePath(), Terminals.stdinAndStdoutAreTerminals(),
                // A lambda, not JLineTerminal::open: a method reference loads the JLine classes at start-up,
                // and only the wizard should pay for the terminal.
                () -> JLineTerminal.open(),
                env -> new SystemBrowser(env, System.getProperty("os.name", ""),
                        SystemProcessLauncher.forPlatform(System.getProperty("os.name", ""))), Sleeper.SYSTEM);
        int code = CommandLineFactory.create(deps).execute(args);
        System.out.flush();
        System.exit(code);
    }
}
