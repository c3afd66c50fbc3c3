package dev.notionsetup.envfile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Removing the token's line (logout): every other byte kept, one atomic write, the same reader cross-checks. */
class EnvFileRemoveTest {
    private static final String TOKEN = "ntn_" + "a".repeat(40) + "wxyz";

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve(".env"), text);
    }

    @Test
    void everyAssignmentOfTheKeyGoesAndEveryOtherByteStays() throws Exception {
        Path env = file("\uFEFF# app\r\nexport NOTION_API_KEY=old\r\nA='x y' # c\r\n\r\nNOTION_API_KEY=\"" + TOKEN
                + "\"\r\nB=2");
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-------"));

        assertTrue(EnvFile.at(env).remove("NOTION_API_KEY"));
        assertEquals("\uFEFF# app\r\nA='x y' # c\r\n\r\nB=2", Files.readString(env));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(env)));
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left");
        }
    }

    @Test
    void aByteOrderMarkBeforeTheRemovedFirstLineGoesWithIt() throws Exception {
        // Left in place, python-dotenv would read the next key as "\uFEFFDATABASE_URL".
        Path env = file("\uFEFFNOTION_API_KEY=old\nDATABASE_URL=postgres://u@h/db\n");

        assertTrue(EnvFile.at(env).remove("NOTION_API_KEY"));
        assertEquals("DATABASE_URL=postgres://u@h/db\n", Files.readString(env));
    }

    @Test
    void aFileWithoutTheKeyOrNoFileIsNotWritten() throws Exception {
        assertFalse(EnvFile.at(dir.resolve(".env")).remove("NOTION_API_KEY"));
        assertFalse(Files.exists(dir.resolve(".env")));
        Path env = file("A=1\n");
        long modified = Files.getLastModifiedTime(env).toMillis();
        assertFalse(EnvFile.at(env).remove("NOTION_API_KEY"));
        assertEquals(modified, Files.getLastModifiedTime(env).toMillis());
    }

    @Test
    void aLinkIsFollowedAndStaysALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.env"), "NOTION_API_KEY=" + TOKEN + "\nA=1\n");
        Path link = Files.createSymbolicLink(dir.resolve(".env"), real.getFileName());

        assertTrue(EnvFile.at(link).remove("NOTION_API_KEY"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("A=1\n", Files.readString(real));
    }

    @Test
    void aKeyThatSomeReaderWouldStillSeeInsideAnotherQuoteIsRefusedAndTheFileKept() throws Exception {
        // Node's and Python's dotenv read this second line as a key of its own; a reader that ends the quote
        // at the line end reads it as part of A. Removing only the first line would leave the token to some.
        String hostile = "NOTION_API_KEY=" + TOKEN + "\nA=\"x\nNOTION_API_KEY=" + TOKEN + "\n\"\n";
        Path env = file(hostile);

        EnvFileException refused = assertThrows(EnvFileException.class, () -> EnvFile.at(env).remove("NOTION_API_KEY"));
        assertTrue(refused.what().contains("was not changed"), refused.what());
        assertFalse(refused.what().contains(TOKEN) || refused.fix().contains(TOKEN));
        assertEquals(hostile, Files.readString(env));
    }
}
