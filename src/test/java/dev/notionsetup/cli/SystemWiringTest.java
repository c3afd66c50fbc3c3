package dev.notionsetup.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which runs start the HTTP warm-up: those that may send a request, never help, version or completion. */
class SystemWiringTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "validate", "validate --json", "--token-stdin --yes", "validate -q",
            "validate -qv --check-access", "--database x --yes"})
    void runsThatMayAskNotionWarmUp(String args) {
        assertTrue(SystemWiring.mayTalkToNotion(split(args)), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "validate --help", "validate -h", "--version", "-V", "validate -qh",
            "generate-completion", "generate-completion --help", "--token-stdin --skip-validation --yes"})
    void helpVersionCompletionAndUnverifiedWritesDoNot(String args) {
        assertFalse(SystemWiring.mayTalkToNotion(split(args)), args);
    }

    private static String[] split(String args) {
        return args.isEmpty() ? new String[0] : args.split(" ");
    }
}
