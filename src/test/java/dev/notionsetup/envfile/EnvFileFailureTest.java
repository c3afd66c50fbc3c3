package dev.notionsetup.envfile;

import dev.notionsetup.testing.FaultyFileOps;
import dev.notionsetup.testing.FileModes;
import static dev.notionsetup.envfile.EnvFileTest.KEY;
import static dev.notionsetup.envfile.EnvFileTest.TOKEN;
import static dev.notionsetup.envfile.EnvFileTest.listing;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.notionsetup.ExitCode;
import dev.notionsetup.token.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way writing can fail: each must be an EnvFileException (exit 5) with one line of what happened and
 * one of what to do, never the token in either, the original file byte for byte intact and no temporary
 * file left. Permission cases run for real when the tests are not root (root ignores modes), and always
 * through injected faults, so the behaviour is proven either way.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX file modes (set in @BeforeEach)")
class EnvFileFailureTest {
    private static final byte[] ORIGINAL = "# keep me\r\nA=1\r\nNOTION_API_KEY=old\r\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Path env;

    @BeforeEach
    void writeOriginal() throws IOException {
        env = FileModes.writePrivate(dir.resolve(".env"), ORIGINAL);
    }

    @AfterEach
    void restoreModesSoTempDirCanBeCleaned() throws IOException {
        FileModes.set(dir, FileModes.PRIVATE_FOLDER);
        if (Files.exists(env) && !Files.isSymbolicLink(env) && Files.isRegularFile(env)) {
            FileModes.set(env, FileModes.PRIVATE_FILE);
        }
    }

    static Stream<Arguments> faultsDuringTheWrite() {
        return Stream.of(
                Arguments.of(FaultyFileOps.Step.CREATE_TEMP, new AccessDeniedException("x"), "permission denied"),
                Arguments.of(FaultyFileOps.Step.CREATE_TEMP, new FileSystemException("x", null, "Read-only file system"), "Read-only file system"),
                Arguments.of(FaultyFileOps.Step.WRITE, new FileSystemException("x", null, "No space left on device"), "No space left on device"),
                Arguments.of(FaultyFileOps.Step.SYNC, new IOException("Input/output error"), "Input/output error"),
                Arguments.of(FaultyFileOps.Step.SET_PERMISSIONS, new FileSystemException("x", null, "Operation not permitted"), "Operation not permitted"),
                Arguments.of(FaultyFileOps.Step.REPLACE, new FileSystemException("x", null, "Device or resource busy"), "Device or resource busy"),
                Arguments.of(FaultyFileOps.Step.ATTRIBUTES, new AccessDeniedException("x"), "permission denied"),
                Arguments.of(FaultyFileOps.Step.READ, new AccessDeniedException("x"), "permission denied"),
                Arguments.of(FaultyFileOps.Step.READ, new IOException("Input/output error"), "Input/output error"),
                Arguments.of(FaultyFileOps.Step.KIND, new AccessDeniedException("x"), "permission denied"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource
    void faultsDuringTheWrite(FaultyFileOps.Step step, IOException fault, String reason) throws IOException {
        FaultyFileOps ops = new FaultyFileOps().failAt(step, fault);

        EnvFileException e = assertFails(() -> new EnvFile(env, ops).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains(reason), e.what());
        assertTrue(ops.called(step), "the fault was reached");
        assertUntouched();
    }

    @Test
    void failedWriteLeftAPartialTemporaryFileThatWasRemoved() {
        FaultyFileOps ops = new FaultyFileOps().failAt(FaultyFileOps.Step.WRITE, new IOException("No space left on device"));

        assertFails(() -> new EnvFile(env, ops).set(KEY, Secret.of(TOKEN)));

        assertEquals(1, ops.tempFiles.size(), "a temporary file was created");
        assertTrue(ops.called(FaultyFileOps.Step.DELETE), "and deleted");
        assertUntouched();
    }

    @Test
    void whenTheCleanupFailsTooTheOriginalFailureIsReported() {
        FaultyFileOps ops = new FaultyFileOps()
                .failAt(FaultyFileOps.Step.REPLACE, new IOException("rename failed"))
                .failAt(FaultyFileOps.Step.DELETE, new IOException("delete failed"));

        EnvFileException e = assertFails(() -> new EnvFile(env, ops).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains("rename failed"), e.what());
        assertArrayEquals(ORIGINAL, read(env));
    }

    @Test
    void readOnlyFileIsRefusedBeforeAnythingIsWritten() {
        FaultyFileOps ops = new FaultyFileOps().readOnly();

        EnvFileException e = assertFails(() -> new EnvFile(env, ops).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains("read-only"), e.what());
        assertFalse(ops.called(FaultyFileOps.Step.CREATE_TEMP));
        assertUntouched();
    }

    @Test
    void readOnlyFileForReal() throws IOException {
        FileModes.set(env, "r--------");
        Assumptions.assumeFalse(Files.isWritable(env), "root may write any file");

        EnvFileException e = assertFails(() -> EnvFile.at(env).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains("read-only"), e.what());
        assertArrayEquals(ORIGINAL, read(env));
    }

    @Test
    void readOnlyFolderForReal() throws IOException {
        FileModes.set(dir, "r-x------");
        Assumptions.assumeFalse(Files.isWritable(dir), "root may write in any folder");

        EnvFileException e = assertFails(() -> EnvFile.at(env).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains("permission denied"), e.what());
        assertUntouched();
    }

    @Test
    void unreadableFileForReal() throws IOException {
        FileModes.set(env, "-w-------");
        Assumptions.assumeFalse(Files.isReadable(env), "root may read any file");

        EnvFileException e = assertFails(() -> EnvFile.at(env).set(KEY, Secret.of(TOKEN)));
        assertTrue(e.what().startsWith("Cannot read"), e.what());
        assertFails(() -> EnvFile.at(env).get(KEY));
    }

    @Test
    void unreadableFileCannotBeReadEither() {
        FaultyFileOps ops = new FaultyFileOps().failAt(FaultyFileOps.Step.READ, new AccessDeniedException(env.toString()));

        EnvFileException e = assertFails(() -> new EnvFile(env, ops).get(KEY));

        assertEquals("Cannot read " + env + ": permission denied.", e.what());
    }

    @Test
    void pathThatIsAFolderIsRefusedAndNothingIsCreatedInIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("config"));

        EnvFileException e = assertFails(() -> EnvFile.at(folder).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains("is a folder"), e.what());
        assertTrue(e.fix().contains(folder.resolve(".env").toString()), e.fix());
        assertEquals(List.of(), listing(folder));
        assertFails(() -> EnvFile.at(folder).get(KEY));
    }

    @Test
    void symlinkToAFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("config"));
        Path link = Files.createSymbolicLink(dir.resolve("link.env"), folder);

        EnvFileException e = assertFails(() -> EnvFile.at(link).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains("is a folder"), e.what());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void symlinkLoopIsRefused() throws IOException {
        Path a = dir.resolve("a.env");
        Path b = dir.resolve("b.env");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        EnvFileException e = assertFails(() -> EnvFile.at(a).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains("loop"), e.what());
    }

    @Test
    void deviceOrPipeIsRefusedWithoutReadingIt() {
        FaultyFileOps ops = new FaultyFileOps().pretend(env.toAbsolutePath(), FileOps.Kind.OTHER);

        EnvFileException e = assertFails(() -> new EnvFile(env, ops).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains("not a regular file"), e.what());
        assertFalse(ops.called(FaultyFileOps.Step.READ));
    }

    @Test
    void missingFolderIsAClearError() {
        Path nowhere = dir.resolve("no-such-folder").resolve(".env");

        EnvFileException e = assertFails(() -> EnvFile.at(nowhere).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains("does not exist"), e.what());
        assertFalse(Files.exists(nowhere.getParent()));
    }

    static Stream<Arguments> notText() {
        return Stream.of(
                Arguments.of("NUL bytes", new byte[] {'A', '=', '1', 0, '\n'}),
                Arguments.of("UTF-16 with byte-order mark", "\uFEFFA=1\n".getBytes(StandardCharsets.UTF_16LE)),
                Arguments.of("invalid UTF-8", new byte[] {'A', '=', (byte) 0xC3, (byte) 0x28, '\n'}),
                Arguments.of("Latin-1 text", "A=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)),
                Arguments.of("binary", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notText")
    void fileThatIsNotTextIsLeftAlone(String kind, byte[] content) throws IOException {
        Files.write(env, content);

        EnvFileException e = assertFails(() -> EnvFile.at(env).set(KEY, Secret.of(TOKEN)));

        assertTrue(e.what().contains("is not a text file"), e.what());
        assertArrayEquals(content, read(env));
        assertEquals(List.of(env.getFileName()), listing(dir));
        assertFails(() -> EnvFile.at(env).get(KEY));
    }

    @Test
    void valueNoReaderAgreesOnIsRefusedWithoutShowingIt() {
        String value = "it's \"" + TOKEN + "\"\n";

        EnvFileException e = assertFails(() -> EnvFile.at(env).set(KEY, Secret.of(value)));

        assertTrue(e.what().contains(KEY), e.what());
        assertUntouched();
    }

    @Test
    void invalidKeyIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> EnvFile.at(env).set("NOT A KEY", Secret.of(TOKEN)));
        assertArrayEquals(ORIGINAL, read(env));
    }

    /** The exception is the documented one, two readable lines, and free of the secret. */
    private static EnvFileException assertFails(Executable action) {
        EnvFileException e = assertThrows(EnvFileException.class, action);
        assertEquals(ExitCode.ENV_FILE, e.exitCode());
        for (String line : List.of(e.what(), e.fix())) {
            assertFalse(line.isBlank());
            assertFalse(line.contains("\n"), "one line: " + line);
            assertFalse(line.contains(TOKEN), "no secret: " + line);
            assertFalse(line.contains("SECRET"), "no part of the secret: " + line);
        }
        return e;
    }

    private void assertUntouched() {
        assertArrayEquals(ORIGINAL, read(env), "original intact");
        try {
            assertEquals(List.of(env.getFileName()), listing(dir), "no temporary file left");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
