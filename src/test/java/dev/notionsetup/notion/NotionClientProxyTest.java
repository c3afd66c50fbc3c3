package dev.notionsetup.notion;

import dev.notionsetup.token.Secret;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client goes through the configured proxy; proxy credentials go to the proxy only. Here the server is the proxy. */
class NotionClientProxyTest extends MockNotionTest {

    private NotionClient throughEnvironmentProxy(String userInfo) {
        String proxyUrl = "http://" + userInfo + server.getHostName() + ":" + server.getPort();
        ProxyFromEnvironment proxy = ProxyFromEnvironment.from(Map.of("HTTPS_PROXY", proxyUrl)).orElseThrow();
        return client(new NotionClientConfig(ApiBaseUrl.DEFAULT, NotionVersion.DEFAULT, TIMEOUT, USER_AGENT, 2, proxy));
    }

    @Test
    void httpsGoesThroughATunnelWithPreemptiveProxyCredentials() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\""));

        ApiFailure failure = failed(throughEnvironmentProxy("alice:s3cr%2Fet@").verify(Secret.of(TOKEN)));

        RecordedRequest connect = take();
        assertEquals("CONNECT api.notion.com:443 HTTP/1.1", connect.getRequestLine());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("alice:s3cr/et".getBytes(StandardCharsets.UTF_8)),
                connect.getHeader("Proxy-Authorization"));
        assertNull(connect.getHeader("Authorization"), "the token is never sent to the proxy");
        assertEquals(1, server.getRequestCount(), "refused credentials are not tried again");
        assertEquals(FailureKind.UNREACHABLE, failure.kind());
        assertTrue(failure.detail().startsWith("The proxy would not connect us to api.notion.com"), failure.detail());
        assertFalse(failure.detail().contains("s3cr"), failure.detail());
        assertEquals(List.of(), sleeper.waits, "a proxy refusal is not retried");
    }

    @Test
    void withoutCredentialsNoProxyAuthorizationIsSent() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(403));

        ApiFailure failure = failed(throughEnvironmentProxy("").verify(Secret.of(TOKEN)));

        RecordedRequest connect = take();
        assertEquals("CONNECT", connect.getMethod());
        assertNull(connect.getHeader("Proxy-Authorization"));
        assertNull(connect.getHeader("Authorization"));
        assertEquals(FailureKind.UNREACHABLE, failure.kind());
        assertTrue(failure.detail().contains("403"), failure.detail());
    }

    @Test
    void anyConfiguredProxySelectorIsUsed() throws Exception {
        server.enqueue(json(200, bot("My Script", "Acme")));
        InetSocketAddress proxyAddress = new InetSocketAddress(server.getHostName(), server.getPort());
        ProxySelector everything = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, proxyAddress));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        };
        ApiBaseUrl local = ApiBaseUrl.parse("http://127.0.0.1:9");

        ok(client(new NotionClientConfig(local, NotionVersion.DEFAULT, TIMEOUT, USER_AGENT, 2, everything)).verify(Secret.of(TOKEN)));

        RecordedRequest request = take();
        assertEquals("GET http://127.0.0.1:9/v1/users/me HTTP/1.1", request.getRequestLine());
        assertHeaders(request, NotionVersion.DEFAULT.value());
    }
}
