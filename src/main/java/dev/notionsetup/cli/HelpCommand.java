package dev.notionsetup.cli;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * `notion-setup help [COMMAND]`: the same text as `--help`, for people (and habits from git, gh, kubectl) who
 * type it as a command. Declared in code like the other commands (see {@link Options}).
 */
final class HelpCommand implements Callable<Integer> {
    private final CommandSpec spec;

    HelpCommand() {
        this.spec = Options.command("help", this);
        spec.usageMessage().description("Show the help of notion-setup, or of one of its commands.");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("COMMAND").arity("0..1").type(String.class)
                .description("validate or generate-completion; without it, notion-setup itself.").build());
        spec.addOption(Options.helpOption());
        Options.examples(spec, "  notion-setup help validate");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        List<String> given = spec.positionalParameters().get(0).stringValues();
        CommandLine about = root;
        if (!given.isEmpty()) {
            String name = given.get(0);
            about = root.getSubcommands().get(name);
            if (about == null) {
                Optional<String> close = Suggestions.closest(List.of(name), List.copyOf(root.getSubcommands().keySet()));
                throw new UserError("There is no command '" + name + "'.", close.filter(c -> !c.isEmpty())
                        .map(c -> "Did you mean 'notion-setup help " + c + "'?")
                        .orElse("The commands are " + String.join(", ", root.getSubcommands().keySet()) + "."),
                        ExitCode.USAGE);
            }
        }
        about.usage(root.getOut(), about.getColorScheme());
        return ExitCode.OK.code();
    }
}
