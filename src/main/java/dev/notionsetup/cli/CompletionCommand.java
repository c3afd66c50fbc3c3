package dev.notionsetup.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * `notion-setup generate-completion`: picocli's completion script for bash (and zsh through bashcompinit,
 * which the script enables itself). The same as picocli's own GenerateCompletion, declared in code like the
 * other commands (no annotations to read at start-up), reporting our version, and with examples. Saving the
 * script beats sourcing the command in a shell rc: no JVM start per shell.
 */
final class CompletionCommand implements Callable<Integer> {
    private final CommandSpec spec;

    CompletionCommand() {
        this.spec = Options.command("generate-completion", this);
        spec.usageMessage().optionListHeading("Options:%n").description(
                "Generate bash/zsh completion script for ${ROOT-COMMAND-NAME:-the root command of this command}.",
                "Run the following command to give `${ROOT-COMMAND-NAME:-$PARENTCOMMAND}` TAB completion in the"
                        + " current shell:",
                "",
                "  source <(${PARENT-COMMAND-FULL-NAME:-$PARENTCOMMAND} ${COMMAND-NAME})",
                "");
        Options.standardHelp(spec);
        Options.examples(spec,
                "  source <(notion-setup generate-completion)        This shell (bash or zsh)",
                "  notion-setup generate-completion > ~/.notion-setup-completion",
                "  echo '. ~/.notion-setup-completion' >> ~/.bashrc   Every new bash",
                "",
                "zsh: the same with ~/.zshrc; the script turns on bashcompinit itself.");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
        PrintWriter out = spec.commandLine().getOut();
        // print, not println: a script with Windows line ends fails in odd ways in bash
        out.print(script);
        out.print('\n');
        out.flush();
        return 0;
    }
}
