package dev.notionsetup.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The leak rule of the security suite: no {@value #WINDOW} consecutive characters of a secret may appear in
 * anything the tool shows or leaves behind, except the env file's one {@code NOTION_API_KEY=} line; masked
 * forms show at most the known prefix and the last four characters.
 */
final class Leaks {
    /** Three times what a mask shows; a fixed text sharing this much with a random token is no accident. */
    static final int WINDOW = 12;
    /** Token characters around an ellipsis: "ntn_…wxyz", but also "s…" in "waiting 1 s…". */
    private static final Pattern MASKED = Pattern.compile("([A-Za-z0-9_-]*)\u2026([A-Za-z0-9_-]+)");

    private Leaks() {
    }

    /** Fails when {@code text} holds {@value #WINDOW} characters of {@code secret} or a mask showing too much. */
    static void assertNoLeak(String where, String text, String secret) {
        int at = windowIn(text, secret);
        if (at >= 0) {
            fail(where + " repeats " + WINDOW + " characters of the token (offset " + at + " of it):\n"
                    + shown(text, secret));
        }
        Matcher m = MASKED.matcher(text);
        while (m.find()) {
            String before = m.group(1);
            String after = m.group(2);
            boolean prefixOnly = before.isEmpty() || before.equals("ntn_") || before.equals("secret_");
            if (!prefixOnly || after.length() > 4) {
                fail(where + " shows a masked form with more than the prefix and four characters: '" + m.group()
                        + "'");
            }
        }
    }

    /** The offset in {@code secret} of the first window found in {@code text}, or -1. */
    static int windowIn(String text, String secret) {
        for (int start = 0; start + WINDOW <= secret.length(); start++) {
            if (text.contains(secret.substring(start, start + WINDOW))) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Every regular file under {@code dir} (hidden ones and those in subfolders included): none may hold any
     * of the token, except {@code envFile}, where it may appear on exactly one line, {@code NOTION_API_KEY=}
     * followed by the token itself. Returns the files seen, for the caller's own checks.
     */
    static List<Path> assertFilesClean(Path dir, Path envFile, String secret) {
        return assertFilesClean(dir, envFile, secret, null);
    }

    /** As above; {@code skipped} (the test's own input file, left as it was) is not searched. */
    static List<Path> assertFilesClean(Path dir, Path envFile, String secret, Path skipped) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            if (file.equals(skipped)) {
                continue;
            }
            String content = read(file);
            if (!file.equals(envFile)) {
                assertNoLeak("the file " + dir.relativize(file), content, secret);
                continue;
            }
            List<String> holding = content.lines().filter(line -> windowIn(line, secret) >= 0).toList();
            if (holding.size() > 1 || holding.size() == 1 && !holding.get(0).equals("NOTION_API_KEY=" + secret)) {
                fail("the env file holds the token elsewhere than one NOTION_API_KEY= line:\n"
                        + shown(content, secret));
            }
            String others = String.join("\n", content.lines().filter(line -> !holding.contains(line)).toList());
            assertNoLeak("the env file's other lines", others, secret);
        }
        return files;
    }

    /** Bytes as Latin-1, so that any byte sequence is searchable and nothing fails to decode. */
    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For failure messages: the text with the token itself written as <TOKEN>. */
    static String shown(String text, String secret) {
        return text.replace(secret, "<TOKEN>");
    }
}
