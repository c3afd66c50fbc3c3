package dev.notionsetup.notion;

import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

import java.nio.charset.StandardCharsets;

/**
 * Answers a proxy's 407 (and OkHttp's preemptive challenge before a CONNECT tunnel) with Basic credentials
 * taken from the proxy URL. Only once: if the proxy refuses them, we give up instead of looping. The
 * credentials go to the proxy only, in Proxy-Authorization, never to Notion.
 */
final class ProxyBasicAuth implements Authenticator {
    private final ProxyFromEnvironment.Credentials credentials;

    ProxyBasicAuth(ProxyFromEnvironment.Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Request authenticate(Route route, Response response) {
        // OkHttp hands this authenticator every 407, the API host's too: one that arrives through an open
        // tunnel answers our own request, not the CONNECT. Only https is proxied, always through a tunnel,
        // so the CONNECT request is the only one the proxy itself can be asking about. Declining hands the
        // API host's 407 to the client, which reports it as an answer that is not Notion's.
        if (response.code() != 407 || !"CONNECT".equals(response.request().method())
                || response.request().header("Proxy-Authorization") != null) {
            return null;
        }
        return response.request().newBuilder()
                .header("Proxy-Authorization",
                        Credentials.basic(credentials.user(), credentials.password(), StandardCharsets.UTF_8))
                .build();
    }
}
