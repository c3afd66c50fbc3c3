package dev.notionsetup.notion;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Request URLs are built segment by segment, so no value put into a path, whoever checked it, can take the
 * request (and the token with it) out of the API's path.
 */
class TransportPathTest {

    static Transport transport(String base) {
        return new Transport(new NotionClientConfig(ApiBaseUrl.parse(base), NotionVersion.DEFAULT,
                Duration.ofSeconds(5), "notion-setup", 0, null));
    }

    @Test
    void eachValueIsOneSegmentUnderTheBaseUrlsPath() {
        try (Transport transport = transport("http://localhost:8080/notion")) {
            assertEquals("http://localhost:8080/notion/v1/data_sources/a%2Fb%3Fc%23d/query",
                    transport.url(List.of("v1", "data_sources", "a/b?c#d", "query")).toString());
        }
        try (Transport transport = transport("https://api.notion.com")) {
            assertEquals("https://api.notion.com/v1/users/me", transport.url(List.of("v1", "users", "me")).toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "."})
    void aSegmentThatWouldMoveUpThePathIsRefusedBeforeAnythingIsSent(String segment) {
        try (Transport transport = transport("https://api.notion.com")) {
            assertThrows(IllegalArgumentException.class,
                    () -> transport.url(List.of("v1", "data_sources", segment, "admin")));
        }
    }

    @Test
    void anEscapedDotDotIsKeptAsTextNotResolved() {
        try (Transport transport = transport("https://api.notion.com")) {
            assertEquals("https://api.notion.com/v1/data_sources/%252e%252e/query",
                    transport.url(List.of("v1", "data_sources", "%2e%2e", "query")).toString());
        }
    }
}
