package dev.notionsetup.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line is declared in code with picocli's programmatic API, not with its annotations: reading
 * annotations makes the JDK generate a java.lang.reflect.Proxy class per annotation type at run time, which no
 * class-data archive holds on JDK 17. Option names are in {@link Option}; these helpers declare the rest.
 */
public final class Options {
    private Options() {
    }

    /** A command whose user object is {@code command}; picocli calls it after a successful parse. */
    public static CommandSpec command(String name, Object command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().sortOptions(false).autoWidth(true);
        return spec;
    }

    /**
     * {@code sentence} behind {@code scope} ("No prompts: "), which it then continues in lower case, so every
     * description in --help reads the same way.
     */
    public static String scoped(String scope, String sentence) {
        return scope.isEmpty() ? sentence : scope + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** -h/--help and -V/--version, worded as picocli's mixinStandardHelpOptions words them, listed last. */
    public static void standardHelp(CommandSpec spec) {
        spec.versionProvider(new VersionProvider());
        spec.addOption(helpOption());
        spec.addOption(OptionSpec.builder(VersionProvider.NAMES.toArray(String[]::new)).versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /** -h/--help alone. */
    static OptionSpec helpOption() {
        return OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.")
                .build();
    }

    /**
     * The sections after the options: exit codes ("code:meaning"), examples, then the environment variables
     * the command reads ({@link EnvironmentVariables}).
     */
    public static void exitCodesAndExamples(CommandSpec spec, String[] exitCodes, boolean validate, String... examples) {
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(UsageMessageSpec.keyValuesMap(exitCodes));
        List<String> footer = new ArrayList<>(List.of(examples));
        footer.add("");
        footer.addAll(List.of(EnvironmentVariables.helpLines(validate)));
        examples(spec, footer.toArray(String[]::new));
    }

    /** The last section: examples a person can copy. */
    static void examples(CommandSpec spec, String... examples) {
        spec.usageMessage().footerHeading("%nExamples:%n").footer(examples);
    }
}
