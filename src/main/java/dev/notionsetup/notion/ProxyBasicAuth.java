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
        if (response.code() != 407 || response.request().header("Proxy-Authorization") != null) {
            return null;
        }
        return response.request().newBuilder()
                .header("Proxy-Authorization",
                        Credentials.basic(credentials.user(), credentials.password(), StandardCharsets.UTF_8))
                .build();
    }
}
