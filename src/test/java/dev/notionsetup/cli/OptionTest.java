package dev.notionsetup.cli;

import dev.notionsetup.testing.Harness;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Option is the one list of option names: every command's options come from it, and every entry is used. */
class OptionTest {
    private static final String TOKEN = "ntn_test_OptionTestOptionTestOptionTestOptionTest1";

    @Test
    void everyOptionOfEveryCommandIsOneOfOptionsAndEachIsUsed() {
        CommandLine root = Harness.model(OutputStream.nullOutputStream());
        List<CommandSpec> commands = new ArrayList<>(List.of(root.getCommandSpec()));
        root.getSubcommands().values().forEach(sub -> commands.add(sub.getCommandSpec()));
        Set<String> declared = new TreeSet<>();
        for (CommandSpec command : commands) {
            for (OptionSpec option : command.options()) {
                if (!option.usageHelp() && !option.versionHelp()) {
                    declared.add(String.join(" ", option.names()));
                }
            }
        }
        Set<String> named = Arrays.stream(Option.values())
                .map(option -> String.join(" ", option.builder("").build().names()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(named, declared);
    }

    @Test
    void theModelHoldsTheTokenGivenByOptionAsASecretThatPrintsMasked() {
        CommandLine root = Harness.model(OutputStream.nullOutputStream());
        root.parseArgs("--token", TOKEN, "--yes");
        Object value = root.getCommandSpec().findOption("--token").getValue();
        assertNotNull(value);
        assertFalse(String.valueOf(value).contains(TOKEN), String.valueOf(value));
        assertFalse(TokenOptions.of(root.getCommandSpec()).toString().contains(TOKEN));
        assertEquals(TOKEN, TokenOptions.of(root.getCommandSpec()).token().reveal());
    }
}
