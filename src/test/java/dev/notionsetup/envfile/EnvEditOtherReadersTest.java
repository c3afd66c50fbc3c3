package dev.notionsetup.envfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notionsetup.ExitCode;
import dev.notionsetup.token.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files other tools write, edited so that every major reader (python-dotenv, dotenv for Node, dotenvx,
 * compose-go, godotenv) ends with the new token and every other key as before: issue 14, items 16 to 21.
 * {@link DotenvReadersCrossCheckTest} reads the same results with the real python-dotenv and Node dotenv.
 */
class EnvEditOtherReadersTest {
    private static final String KEY = "NOTION_API_KEY";
    static final String TOKEN = "ntn_NEW0123456789abcdefghijklmnopqrstuvwxyzABCDE";

    @TempDir
    Path dir;

    /** Each row: the item of issue 14, the file before, the exact file after (T is the token). */
    static Stream<Arguments> edits() {
        return Stream.of(
                // 16: the quote never closes at a line end; the edit stays on the key's own line.
                row("16 unclosed quote, a later quote in another value",
                        "NOTION_API_KEY=\"secret_old\nDATABASE_URL=postgres://u@h/db\nGREETING=\"hello\"\n",
                        "NOTION_API_KEY=T\nDATABASE_URL=postgres://u@h/db\nGREETING=\"hello\"\n"),
                row("16 unclosed quote, no other quote",
                        "NOTION_API_KEY='secret_old\nDATABASE_URL=postgres://u@h/db\n",
                        "NOTION_API_KEY=T\nDATABASE_URL=postgres://u@h/db\n"),
                row("16 another key's unclosed quote before the key: a line every reader sees is added",
                        "A=\"x\nNOTION_API_KEY=old\nB=\"y\"\n",
                        "A=\"x\nNOTION_API_KEY=T\nB=\"y\"\nNOTION_API_KEY=T\n"),
                // 17: backticks quote for Node and dotenvx.
                row("17 key line inside a backtick value is not edited",
                        "CERT=`-----BEGIN-----\nNOTION_API_KEY=inner\n-----END-----`\nNOTION_API_KEY=old\n",
                        "CERT=`-----BEGIN-----\nNOTION_API_KEY=inner\n-----END-----`\nNOTION_API_KEY=T\n"),
                row("17 key line inside a backtick value after the key: a last line is added",
                        "NOTION_API_KEY=old\nCERT=`a\nNOTION_API_KEY=inner\nb`\n",
                        "NOTION_API_KEY=T\nCERT=`a\nNOTION_API_KEY=inner\nb`\nNOTION_API_KEY=T\n"),
                row("17 backtick value of the key itself",
                        "NOTION_API_KEY=`old`\n", "NOTION_API_KEY=T\n"),
                // 18: assignment forms some readers accept.
                row("18 colon form after the line is edited too, then a line all readers see",
                        "NOTION_API_KEY=old\nNOTION_API_KEY: old2\n",
                        "NOTION_API_KEY=T\nNOTION_API_KEY: T\nNOTION_API_KEY=T\n"),
                row("18 non-breaking space before the name",
                        "NOTION_API_KEY=old\n\u00A0NOTION_API_KEY=old2\n",
                        "NOTION_API_KEY=T\n\u00A0NOTION_API_KEY=T\nNOTION_API_KEY=T\n"),
                row("18 non-breaking space around =",
                        "NOTION_API_KEY=old\nNOTION_API_KEY\u00A0=\u00A0old2\n",
                        "NOTION_API_KEY=T\nNOTION_API_KEY\u00A0=\u00A0T\nNOTION_API_KEY=T\n"),
                row("18 vertical tab around the name",
                        "NOTION_API_KEY=old\n\u000BNOTION_API_KEY\u000B=old2\n",
                        "NOTION_API_KEY=T\n\u000BNOTION_API_KEY\u000B=T\nNOTION_API_KEY=T\n"),
                // 19: quotes kept when a comment follows.
                row("19 quoted value before a tab and a comment stays quoted",
                        "NOTION_API_KEY=\"old\"\t# my key\n", "NOTION_API_KEY=\"T\"\t# my key\n"),
                row("19 unquoted value before a comment holding a second #",
                        "NOTION_API_KEY=old # from #notion\n", "NOTION_API_KEY=\"T\" # from #notion\n"),
                row("19 unquoted value before a tab and a comment",
                        "NOTION_API_KEY=old\t# mine\n", "NOTION_API_KEY=\"T\"\t# mine\n"),
                // 20: a lone CR at the end is no line end to compose.
                row("20 file ending in a lone CR", "A=1\nB=2\r", "A=1\nB=2\r\nNOTION_API_KEY=T\n"),
                row("20 key after a lone CR", "A=1\rNOTION_API_KEY=old\n",
                        "A=1\rNOTION_API_KEY=T\nNOTION_API_KEY=T\n"),
                // 21: python-dotenv 1.2 reads a byte-order mark as part of the first key.
                row("21 byte-order mark and the key on the first line",
                        "\uFEFFNOTION_API_KEY=old\nA=1\n", "\uFEFFNOTION_API_KEY=T\nA=1\nNOTION_API_KEY=T\n"));
    }

    private static Arguments row(String item, String before, String after) {
        return Arguments.of(item, before, after);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void everyReaderGetsTheTokenAndKeepsTheOtherKeys(String item, String before, String after) {
        String edited = EnvDocument.parse(before).withValue(KEY, TOKEN).render();
        assertEquals(after.replace("T\n", TOKEN + "\n").replace("T\"", TOKEN + "\"").replace("T\r", TOKEN + "\r"),
                edited, item);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void editingTheResultAgainChangesNothing(String item, String before, String unused) {
        String once = EnvDocument.parse(before).withValue(KEY, TOKEN).render();
        assertEquals(once, EnvDocument.parse(once).withValue(KEY, TOKEN).render(), item);
    }

    @Test
    void aQuotedValueOfTheKeySpanningOtherAssignmentsIsRefusedNamingTheLineAndNotTheValue() throws IOException {
        Path env = dir.resolve(".env");
        byte[] before = "# app\nNOTION_API_KEY=\"secret_abc\nDATABASE_URL=postgres://u@h/db\n\"\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(env, before);

        EnvFileException e = assertThrows(EnvFileException.class, () -> EnvFile.at(env).set(KEY, Secret.of(TOKEN)));

        assertEquals(ExitCode.ENV_FILE, e.exitCode());
        assertTrue(e.what().startsWith("Line 2 of " + env), e.what());
        assertTrue(e.what().contains("line 3"), e.what());
        assertFalse(e.what().contains("secret_abc") || e.fix().contains("secret_abc"), "no value in the message");
        assertArrayEquals(before, Files.readAllBytes(env), "file untouched");
        assertEquals(1, Files.list(dir).count(), "no temporary file left");
    }

    @Test
    void theUnclosedQuoteFileKeepsDatabaseUrlOnDisk() throws IOException {
        Path env = dir.resolve(".env");
        Files.writeString(env, "NOTION_API_KEY=\"secret_old\nDATABASE_URL=postgres://u@h/db\nGREETING=\"hi\"\n");

        EnvFile.at(env).set(KEY, Secret.of(TOKEN));

        assertEquals("NOTION_API_KEY=" + TOKEN + "\nDATABASE_URL=postgres://u@h/db\nGREETING=\"hi\"\n",
                Files.readString(env));
        assertEquals(java.util.Optional.of("postgres://u@h/db"), EnvFile.at(env).get("DATABASE_URL"));
    }
}
