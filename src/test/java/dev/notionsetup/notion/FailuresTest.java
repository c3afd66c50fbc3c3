package dev.notionsetup.notion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.net.ssl.SSLHandshakeException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How exceptions from the HTTP stack are named, and the one line each failure gets. */
class FailuresTest {
    final Failures failures = new Failures("api.notion.com", Duration.ofSeconds(30));

    static Stream<Arguments> exceptions() {
        return Stream.of(
                Arguments.of(new UnknownHostException("api.notion.com"), Attempt.Trouble.DNS,
                        "Could not reach api.notion.com: the host name could not be resolved (DNS); check the network "
                                + "connection and proxy settings."),
                Arguments.of(new ConnectException("Failed to connect to api.notion.com/1.2.3.4:443"),
                        Attempt.Trouble.CONNECT,
                        "Could not connect to api.notion.com (Failed to connect to api.notion.com/1.2.3.4:443)."),
                Arguments.of(new NoRouteToHostException("No route to host"), Attempt.Trouble.CONNECT,
                        "Could not connect to api.notion.com (No route to host)."),
                Arguments.of(new SocketTimeoutException("connect timed out"), Attempt.Trouble.TIMEOUT,
                        "No answer from api.notion.com within 30 s (timeout)."),
                Arguments.of(new InterruptedIOException("timeout"), Attempt.Trouble.TIMEOUT,
                        "No answer from api.notion.com within 30 s (timeout)."),
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), Attempt.Trouble.TLS,
                        "The secure connection to api.notion.com failed (PKIX path building failed); a proxy that "
                                + "intercepts TLS may be in the way."),
                Arguments.of(new IOException("Unexpected response code for CONNECT: 502"), Attempt.Trouble.PROXY,
                        "The proxy would not connect us to api.notion.com (Unexpected response code for CONNECT: 502)."),
                Arguments.of(new IOException("Failed to authenticate with proxy"), Attempt.Trouble.PROXY,
                        "The proxy would not connect us to api.notion.com (Failed to authenticate with proxy)."),
                Arguments.of(new SocketException("Connection reset"), Attempt.Trouble.BROKEN,
                        "The connection to api.notion.com broke before the answer was complete (Connection reset)."),
                Arguments.of(new EOFException(), Attempt.Trouble.BROKEN,
                        "The connection to api.notion.com broke before the answer was complete (EOFException)."),
                Arguments.of(new IOException("unexpected end of stream\u001b[2K\r\nfake"), Attempt.Trouble.BROKEN,
                        "The connection to api.notion.com broke before the answer was complete (unexpected end of "
                                + "stream fake)."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exceptions")
    void namesTheTroubleAndSaysItInOneLine(IOException exception, Attempt.Trouble trouble, String detail) {
        Attempt.NoAnswer noAnswer = Transport.noAnswer(exception);
        assertEquals(trouble, noAnswer.trouble());

        ApiFailure failure = failures.from(noAnswer, 0);

        assertEquals(new ApiFailure(FailureKind.UNREACHABLE, null, null, null, null, detail), failure);
    }

    @Test
    void anInterruptedThreadIsNotATimeout() {
        Thread.currentThread().interrupt();
        try {
            assertEquals(Attempt.Trouble.INTERRUPTED, Transport.noAnswer(new InterruptedIOException()).trouble());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void retriesAreCountedInTheDetail() {
        Attempt.NoAnswer refused = new Attempt.NoAnswer(Attempt.Trouble.CONNECT, "Connection refused");
        assertTrue(failures.from(refused, 1).detail().endsWith("(Connection refused) after 1 retry."));
        assertTrue(failures.from(refused, 2).detail().endsWith("(Connection refused) after 2 retries."));
    }

    @Test
    void aRedirectWithoutLocation() {
        Attempt.Answered redirect = new Attempt.Answered(302, null, Attempt.Body.NOT_READ, null, null, "", null);

        ApiFailure failure = failures.from(redirect, 0);

        assertEquals(FailureKind.UNEXPECTED_RESPONSE, failure.kind());
        assertNull(failure.code());
        assertEquals("api.notion.com answered with a redirect (HTTP 302) to an unnamed place; we did not follow it, "
                + "so the token was not sent there.", failure.detail());
    }

    @Test
    void aServerErrorPageFromAProxyIsDescribedInPlainWords() {
        Attempt.Answered page = new Attempt.Answered(502, "text/html", Attempt.Body.HTML, null, null, null, null);

        ApiFailure failure = failures.from(page, 2);

        assertEquals(FailureKind.UNAVAILABLE, failure.kind());
        assertEquals("Notion is unavailable (502) after 2 retries; the answer was an HTML page, not Notion's JSON"
                + " (perhaps from a proxy or captive portal).", failure.detail());
    }

    @Test
    void subSecondTimeoutsAreShownInMilliseconds() {
        assertEquals("300 ms", Failures.seconds(Duration.ofMillis(300)));
        assertEquals("30 s", Failures.seconds(Duration.ofSeconds(30)));
        assertEquals("1500 ms", Failures.seconds(Duration.ofMillis(1500)));
    }
}
