package dev.notionsetup.notion;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiBaseUrlTest {

    @ParameterizedTest
    @CsvSource({
            "https://api.notion.com,            https://api.notion.com",
            "https://api.notion.com/,           https://api.notion.com",
            "'  https://api.notion.com//  ',    https://api.notion.com",
            "HTTPS://API.Notion.COM,            https://api.notion.com",
            "https://gateway.example:8443/notion/, https://gateway.example:8443/notion",
            "http://localhost:8080,             http://localhost:8080",
            "http://LOCALHOST:8080/,            http://localhost:8080",
            "http://127.0.0.1:9/,               http://127.0.0.1:9",
            "http://127.1.2.3,                  http://127.1.2.3",
            "http://[::1]:8080,                 http://[::1]:8080",
            "http://[0:0:0:0:0:0:0:1]:8080,     http://[0:0:0:0:0:0:0:1]:8080",
    })
    void accepts(String text, String expected) {
        assertEquals(expected, ApiBaseUrl.parse(text).toString());
    }

    @Test
    void theDefaultIsNotionsApi() {
        assertEquals(ApiBaseUrl.DEFAULT, ApiBaseUrl.parse("https://api.notion.com"));
        assertEquals("api.notion.com", ApiBaseUrl.DEFAULT.host());
        assertFalse(ApiBaseUrl.DEFAULT.isPlainHttp());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://api.notion.com",          // clear text over the network
            "http://localhost.evil.example",  // looks local, is not
            "http://127.0.0.1.nip.io",
            "http://10.0.0.1:8080",
            "http://[::2]:8080",
            "http://[1::]:8080",
            "http://128.0.0.1",
            "ftp://api.notion.com",
            "api.notion.com",                 // no scheme
            "https://",
            "https:///v1",
            "https:api.notion.com",           // opaque
            "https://api.notion.com/?x=1",
            "https://api.notion.com/#top",
            "https://api.notion.com/v1",
            "https://api notion.com",
            "",
            "   ",
    })
    void refusesBeforeAnyRequest(String text) {
        UserError error = assertThrows(UserError.class, () -> ApiBaseUrl.parse(text));
        assertEquals(ExitCode.USAGE, error.exitCode());
        assertFalse(error.fix().isBlank());
    }

    @Test
    void refusesNull() {
        assertEquals(ExitCode.USAGE, assertThrows(UserError.class, () -> ApiBaseUrl.parse(null)).exitCode());
    }

    @Test
    void refusesUserInfoWithoutRepeatingThePassword() {
        UserError error = assertThrows(UserError.class, () -> ApiBaseUrl.parse("https://user:hunter2@api.notion.com"));
        assertEquals(ExitCode.USAGE, error.exitCode());
        assertFalse(error.what().contains("hunter2"), error.what());
        assertTrue(error.what().contains("user name or password"), error.what());
    }

    @Test
    void plainHttpToRemoteSaysWhy() {
        UserError error = assertThrows(UserError.class, () -> ApiBaseUrl.parse("http://api.notion.com"));
        assertTrue(error.what().contains("unencrypted"), error.what());
        assertTrue(error.fix().contains("https://api.notion.com"), error.fix());
    }

    @Test
    void theConstructorChecksToo() {
        assertThrows(UserError.class, () -> new ApiBaseUrl(java.net.URI.create("http://example.com")));
    }
}
