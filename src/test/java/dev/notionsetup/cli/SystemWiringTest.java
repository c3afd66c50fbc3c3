package dev.notionsetup.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which runs start the HTTP warm-up (those that may send a request, never help, version or completion), and
 * whether it prepares TLS (unless the base URL is plain http).
 */
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

    @ParameterizedTest
    @ValueSource(strings = {"validate --api-url http://127.0.0.1:8765", "validate --api-url=http://localhost:1",
            "--api-url HTTP://[::1]:9 --yes"})
    void aPlainHttpApiUrlNeedsNoTls(String args) {
        assertTrue(SystemWiring.plainHttp(split(args), null), args);
        assertTrue(SystemWiring.plainHttp(split(args), "https://api.notion.com"), "the option wins: " + args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "validate --api-url https://api.notion.com", "--api-url=https://x.test",
            "validate --api-url"})
    void otherwiseTlsIsPrepared(String args) {
        assertFalse(SystemWiring.plainHttp(split(args), null), args);
    }

    @Test
    void theEnvironmentCountsWithoutTheOption() {
        assertTrue(SystemWiring.plainHttp(split("validate"), "http://127.0.0.1:8765"));
        assertFalse(SystemWiring.plainHttp(split("validate"), "https://api.notion.com"));
        assertFalse(SystemWiring.plainHttp(split("validate --api-url https://api.notion.com"), "http://127.0.0.1:1"));
    }
}
