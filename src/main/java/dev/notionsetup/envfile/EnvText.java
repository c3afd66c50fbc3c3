package dev.notionsetup.envfile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an env file into text, refusing anything that is not UTF-8 text. Strict decoding is
 * what makes editing safe: valid UTF-8 decodes and re-encodes to the same bytes, while a lenient decoder
 * would silently replace bytes it does not understand and the write would corrupt the file.
 */
final class EnvText {
    private EnvText() {
    }

    /** The text, or an EnvFileException (nothing changed) when the file holds NUL bytes or invalid UTF-8. */
    static String decode(byte[] bytes, String shownPath) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new EnvFileException(shownPath + " is not a text file (it contains NUL bytes).",
                        "Check that it is your .env file (UTF-8 text) or choose another --env-file; it was left unchanged.");
            }
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new EnvFileException(shownPath + " is not a text file (it is not valid UTF-8).",
                    "Save it as UTF-8 or choose another --env-file; it was left unchanged.", e);
        }
    }
}
