package dev.notionsetup.cli;

import dev.notionsetup.testing.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.ParseResult;

import java.io.OutputStream;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which runs start the HTTP warm-up (those that will soon send a request: never help, version, completion or
 * the wizard), and whether it prepares TLS (unless the base URL is plain http), read from picocli's parse of
 * the arguments, so clusters (-qh), --opt=value and option values that look like commands count as picocli
 * counts them.
 */
class ExecutionTest {
    @ParameterizedTest
    @ValueSource(strings = {"validate", "validate --json", "--token-stdin --yes", "validate -q",
            "validate -qv --check-access", "--database x --yes --token-stdin", "status", "validate --var help",
            "--token=ntn_x"})
    void runsThatWillAskNotionWarmUp(String args) {
        assertTrue(Execution.soonAsksNotion(parse(args), true), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "validate --help", "validate -h", "--version", "-V", "validate -qh",
            "-qV", "generate-completion", "generate-completion --help", "help validate",
            "--token-stdin --skip-validation --yes"})
    void helpVersionCompletionAndUnverifiedWritesDoNot(String args) {
        assertFalse(Execution.soonAsksNotion(parse(args), true), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--no-browser", "--env-file app/.env", "--var MY_KEY", "--api-url=http://127.0.0.1:1"})
    void theWizardStartsItsOwnOnceItsFirstScreenIsUp(String args) {
        assertFalse(Execution.soonAsksNotion(parse(args), true), args);
        assertTrue(Execution.soonAsksNotion(parse(args), false), "without a terminal or with CI: " + args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate --api-url http://127.0.0.1:8765", "validate --api-url=http://localhost:1",
            "--api-url HTTP://[::1]:9 --yes"})
    void aPlainHttpApiUrlNeedsNoTls(String args) {
        assertTrue(Execution.plainHttp(ran(args), Map.of()), args);
        assertTrue(Execution.plainHttp(ran(args), Map.of("NOTION_API_URL", "https://api.notion.com")),
                "the option wins: " + args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "validate --api-url https://api.notion.com", "--api-url=https://x.test"})
    void otherwiseTlsIsPrepared(String args) {
        assertFalse(Execution.plainHttp(ran(args), Map.of()), args);
    }

    @Test
    void theEnvironmentCountsWithoutTheOption() {
        assertTrue(Execution.plainHttp(ran("validate"), Map.of("NOTION_API_URL", "http://127.0.0.1:8765")));
        assertTrue(Execution.plainHttp(ran("validate"), Map.of("NOTION_API_BASE_URL", "http://127.0.0.1:8765")));
        assertFalse(Execution.plainHttp(ran("validate"), Map.of("NOTION_API_URL", "https://api.notion.com")));
        assertFalse(Execution.plainHttp(ran("validate --api-url https://api.notion.com"),
                Map.of("NOTION_API_URL", "http://127.0.0.1:1")));
    }

    private static ParseResult parse(String args) {
        String[] words = args.isEmpty() ? new String[0] : args.split(" ");
        return Harness.model(OutputStream.nullOutputStream()).parseArgs(words);
    }

    private static ParseResult ran(String args) {
        ParseResult parsed = parse(args);
        return parsed.subcommand() != null ? parsed.subcommand() : parsed;
    }
}
