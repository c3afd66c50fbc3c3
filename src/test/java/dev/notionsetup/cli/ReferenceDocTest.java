package dev.notionsetup.cli;

import dev.notionsetup.testing.Harness;
import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.setup.CredentialStore;
import dev.notionsetup.setup.TokenVariable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/reference.md cannot drift from the tool: its command, option, environment-variable and exit-code
 * tables are held to the command model (the picocli specs that also make --help and the man pages, the list
 * of environment variables, and the exit codes). A difference fails the build and names both sides.
 * The options' prose is the document's own; their names and value labels are checked.
 */
class ReferenceDocTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static String reference;
    private static CommandLine root;

    @BeforeAll
    static void load() throws IOException {
        reference = Files.readString(Path.of("docs/reference.md"));
        root = Harness.model(OutputStream.nullOutputStream());
    }

    @Test
    void theCommandsTableListsEveryCommand() {
        Set<String> documented = new TreeSet<>();
        for (String[] row : table(section("## Commands"))) {
            Matcher m = Pattern.compile("^`notion-setup(?: ([a-z-]+))?").matcher(row[0]);
            assertTrue(m.find(), "not a command: " + row[0]);
            documented.add(m.group(1) == null ? "" : m.group(1));
        }
        Set<String> actual = new TreeSet<>(root.getSubcommands().keySet());
        actual.add("");
        assertEquals(actual, documented, "docs/reference.md, Commands: one row per command (\"\" is notion-setup)");
    }

    @Test
    void theSetupOptionsTableMatchesTheSetupCommand() {
        List<String> documented = table(section("### Setup (`notion-setup`)")).stream().map(row -> row[0]).toList();
        List<String> actual = root.getCommandSpec().options().stream().map(ReferenceDocTest::asDocumented).toList();
        assertEquals(actual, documented, "docs/reference.md, Options, Setup: first column, in --help's order");
    }

    @Test
    void theHealthCheckSectionNamesValidatesOptionsAndWhatItLacks() {
        String text = section("### Health check (`notion-setup validate`)");
        int differences = text.indexOf("as above");
        assertTrue(differences > 0, text);
        CommandSpec validate = root.getSubcommands().get("validate").getCommandSpec();
        assertEquals(oneNameEach(validate.options()), named(text.substring(0, differences)),
                "docs/reference.md, Health check: the options listed before 'as above'");
        String lacks = text.substring(text.indexOf("there is no"));
        List<OptionSpec> setupOnly = root.getCommandSpec().options().stream()
                .filter(o -> validate.findOption(o.longestName()) == null).toList();
        assertEquals(oneNameEach(setupOnly), named(lacks.substring(0, lacks.indexOf('.') + 1)),
                "docs/reference.md, Health check: the setup options validate does not have ('there is no …')");
    }

    @Test
    void theOtherCommandsSectionsNameTheirOptions() {
        for (String name : List.of("run", "status", "logout", "generate-completion", "help")) {
            String text = section("### `notion-setup " + name + "`");
            String first = text.substring(0, text.indexOf('.') + 1);
            CommandSpec spec = root.getSubcommands().get(name).getCommandSpec();
            assertEquals(oneNameEach(spec.options()), named(first),
                    "docs/reference.md, notion-setup " + name + ": the first sentence names its options");
        }
    }

    @Test
    void theEnvironmentTableListsEveryVariableTheToolReads() {
        Set<String> documented = new TreeSet<>();
        table(section("## Environment variables")).forEach(row -> documented.addAll(codes(row[0])));
        assertEquals(new TreeSet<>(EnvironmentVariables.names(false)), documented,
                "docs/reference.md, Environment variables: first column vs EnvironmentVariables.ALL");
    }

    @Test
    void theNamesVarRefusesAreTheListInTheCode() {
        String text = section("### Names `--var` refuses");
        Set<String> documented = new TreeSet<>(codes(text.substring(text.indexOf("in any case:"))));
        Set<String> actual = new TreeSet<>(TokenVariable.RESERVED);
        TokenVariable.RESERVED_PREFIXES.forEach(prefix -> actual.add(prefix + "*"));
        actual.addAll(List.of(CredentialStore.DATABASE_KEY, CredentialStore.DATA_SOURCE_KEY));
        assertEquals(actual, documented, "docs/reference.md, Names --var refuses: the names vs TokenVariable");
    }

    @Test
    void everySettingTheToolReadsIsANameVarRefuses() {
        List<String> tokens = List.of("NOTION_API_KEY", "NOTION_API_TOKEN");
        for (String name : EnvironmentVariables.names(false)) {
            if (!tokens.contains(name)) {
                UserError refused = assertThrows(UserError.class, () -> TokenVariable.check(name), name);
                assertEquals(ExitCode.USAGE, refused.exitCode(), name);
            }
        }
    }

    @Test
    void theExitCodeTableMatchesTheCodesAndTheirMeaningsInHelp() throws IllegalAccessException {
        Map<String, String> documented = new LinkedHashMap<>();
        table(section("## Exit codes")).forEach(row -> documented.put(row[0], row[1]));
        assertEquals(root.getCommandSpec().usageMessage().exitCodeList(), documented,
                "docs/reference.md, Exit codes: code and meaning as `notion-setup --help` lists them");
        assertEquals(exitCodes(), new TreeSet<>(documented.keySet().stream().map(Integer::valueOf).toList()),
                "every exit code the tool uses (ExitCode and the internal error) is documented, and no other");
        Set<String> validateCodes = root.getSubcommands().get("validate").getCommandSpec().usageMessage()
                .exitCodeList().keySet();
        assertTrue(documented.keySet().containsAll(validateCodes), "validate --help lists " + validateCodes);
    }

    /** The codes the tool can exit with. */
    private static Set<Integer> exitCodes() {
        Set<Integer> codes = new TreeSet<>();
        for (ExitCode exit : ExitCode.values()) {
            codes.add(exit.code());
        }
        codes.add(ExitCode.INTERNAL_ERROR.code());
        return codes;
    }

    /** "`-y`, `--yes`" or "`--env-file PATH`", as the first column of the options table writes an option. */
    private static String asDocumented(OptionSpec option) {
        List<String> names = Arrays.stream(option.names()).map(n -> "`" + n + "`").collect(Collectors.toList());
        if (option.arity().max() > 0 && option.type() != boolean.class) {
            String last = names.remove(names.size() - 1);
            names.add(last.substring(0, last.length() - 1) + " " + option.paramLabel() + "`");
        }
        return String.join(", ", names);
    }

    /** Each option by its longest name. */
    private static Set<String> oneNameEach(List<OptionSpec> options) {
        return options.stream().map(OptionSpec::longestName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The options named in {@code text} (by any of their names), by their longest name; other words kept as they are. */
    private static Set<String> named(String text) {
        Set<String> found = new TreeSet<>();
        for (String word : codes(text)) {
            OptionSpec option = root.getCommandSpec().findOption(word);
            for (CommandLine sub : root.getSubcommands().values()) {
                option = option != null ? option : sub.getCommandSpec().findOption(word);
            }
            found.add(option == null ? word : option.longestName());
        }
        return found;
    }

    private static List<String> codes(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** From the heading line to the next heading of the same or a higher level. */
    private static String section(String heading) {
        int start = reference.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "docs/reference.md has no heading " + heading);
        int level = heading.indexOf(' ');
        Matcher next = Pattern.compile("\n#{1," + level + "} ").matcher(reference);
        int end = next.find(start + heading.length() + 1) ? next.start() : reference.length();
        return reference.substring(start + heading.length() + 2, end);
    }

    /** The rows of the first table in {@code text}, header and separator left out, cells trimmed, \| read as |. */
    private static List<String[]> table(String text) {
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        int seen = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("|")) {
                inTable = true;
                if (++seen > 2) {
                    String inner = line.substring(1, line.lastIndexOf('|'));
                    rows.add(Arrays.stream(inner.split("(?<!\\\\)\\|")).map(cell -> cell.strip().replace("\\|", "|"))
                            .toArray(String[]::new));
                }
            } else if (inTable) {
                break;
            }
        }
        assertTrue(!rows.isEmpty(), "no table in:\n" + text);
        return rows;
    }
}
