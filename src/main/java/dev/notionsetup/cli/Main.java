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
        Dependencies deps = new Dependencies(System.getenv(), System.in, System.out, System.err,
                Path.of("").toAbsolutePath(), Terminals.stdinAndStdoutAreTerminals(), JLineTerminal::open,
                env -> new SystemBrowser(env, System.getProperty("os.name", ""),
                        SystemProcessLauncher.forPlatform(System.getProperty("os.name", ""))), Sleeper.SYSTEM);
        int code = CommandLineFactory.create(deps).execute(args);
        System.out.flush();
        System.exit(code);
    }
}
