package dev.notionsetup.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretTest {
    private final String token = FakeTokens.ntn();

    @Test
    void showsOnlyItsMaskWhereverItIsPrinted() {
        Secret secret = Secret.of(token);
        assertEquals("ntn_\u2026WXYZ", secret.toString());
        assertEquals("[ntn_\u2026WXYZ]", List.of(secret).toString());
        assertEquals("Optional[ntn_\u2026WXYZ]", Optional.of(secret).toString());
        assertFalse(String.valueOf(secret).contains(token.substring(4, 20)));
    }

    @Test
    void revealsTheCharactersOnlyWhenAsked() {
        assertEquals(token, Secret.of(token).reveal());
    }

    @Test
    void isEqualToTheSameSecretAndNoOther() {
        assertEquals(Secret.of(token), Secret.of(new String(token)));
        assertEquals(Secret.of(token).hashCode(), Secret.of(new String(token)).hashCode());
        assertNotEquals(Secret.of(token), Secret.of(FakeTokens.secret()));
    }

    @Test
    void theEmptySecretIsEmpty() {
        assertTrue(Secret.none().isEmpty());
        assertFalse(Secret.of(token).isEmpty());
    }
}
