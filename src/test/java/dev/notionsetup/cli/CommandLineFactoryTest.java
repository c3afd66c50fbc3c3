package dev.notionsetup.cli;

import dev.notionsetup.testing.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The factory leaves out picocli's converters for java.* types; no option may need one. */
class CommandLineFactoryTest {
    /** Option types that picocli converts without the converters the factory leaves out. */
    private static final Set<Class<?>> OPTION_TYPES = Set.of(String.class, int.class, boolean.class, String[].class);

    @TempDir
    Path dir;

    @Test
    void everyOptionAndParameterOfEveryCommandHasATypeThatNeedsNoLeftOutConverter() {
        CommandLine root = Harness.model(OutputStream.nullOutputStream());
        List<String> checked = new ArrayList<>();
        List<CommandSpec> commands = new ArrayList<>(List.of(root.getCommandSpec()));
        root.getSubcommands().values().forEach(sub -> commands.add(sub.getCommandSpec()));
        for (CommandSpec command : commands) {
            for (ArgSpec arg : command.args()) {
                if (arg.isOption() && (((CommandLine.Model.OptionSpec) arg).usageHelp()
                        || ((CommandLine.Model.OptionSpec) arg).versionHelp())) {
                    continue; // picocli's own flags: never converted
                }
                // An option with a converter of its own (--env-file: a Path for completion, kept as text) needs none.
                assertTrue(OPTION_TYPES.contains(arg.type()) || arg.converters().length > 0,
                        command.name() + " " + arg + " is a " + arg.type().getName() + ": picocli's converter for it"
                                + " is left out (CommandLineFactory.skipUnusedConverters), so add to OPTION_TYPES"
                                + " only types picocli converts without it, or give the option its own converter");
                checked.add(command.name() + " " + arg);
            }
        }
        assertTrue(checked.size() > 20, "the walk found the options: " + checked);
        assertEquals("java\\..*", System.getProperty(CommandLineFactory.CONVERTER_EXCLUDES));
    }

    @Test
    void aNumberStillConvertsAndAWrongOneIsStillAUsageError() {
        Harness.Result bad = new Harness(dir).run("validate", "--timeout", "soon");
        assertEquals(2, bad.exitCode(), bad.stderr());
        assertTrue(bad.stderr().contains("'soon'"), bad.stderr());

        Harness.Result outOfRange = new Harness(dir).run("validate", "--timeout", "601");
        assertEquals(2, outOfRange.exitCode(), outOfRange.stderr());
        assertTrue(outOfRange.stderr().contains("--timeout 601 is out of range."), "the number was read: "
                + outOfRange.stderr());
    }
}
