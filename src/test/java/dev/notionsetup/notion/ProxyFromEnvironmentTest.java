package dev.notionsetup.notion;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxyFromEnvironmentTest {
    static final URI NOTION = URI.create("https://api.notion.com/v1/users/me");

    @Test
    void noVariableMeansNoProxy() {
        assertEquals(Optional.empty(), ProxyFromEnvironment.from(Map.of()));
        assertEquals(Optional.empty(), ProxyFromEnvironment.from(Map.of("HTTPS_PROXY", "  ", "NO_PROXY", "*")));
        // HTTP_PROXY is for http URLs; ours are https (plain http only goes to loopback, never proxied).
        assertEquals(Optional.empty(), ProxyFromEnvironment.from(Map.of("HTTP_PROXY", "http://proxy:3128")));
    }

    /** variables ("NAME=value;NAME=value") → the proxy chosen for https://api.notion.com. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "HTTPS_PROXY=http://proxy.corp:3128                         | HTTP proxy.corp:3128",
            "https_proxy=http://proxy.corp:3128                         | HTTP proxy.corp:3128",
            "https_proxy=http://lower:1;HTTPS_PROXY=http://upper:2      | HTTP lower:1",
            "ALL_PROXY=http://all:8080                                  | HTTP all:8080",
            "all_proxy=http://all:8080;HTTPS_PROXY=http://https:3128    | HTTP https:3128",
            "HTTPS_PROXY=proxy.corp:3128                                | HTTP proxy.corp:3128",
            "HTTPS_PROXY=http://proxy.corp                              | HTTP proxy.corp:80",
            "HTTPS_PROXY=http://proxy.corp:3128/                        | HTTP proxy.corp:3128",
            "HTTPS_PROXY=HTTP://Proxy.Corp:3128                         | HTTP Proxy.Corp:3128",
            "HTTPS_PROXY=socks5://socks.corp                            | SOCKS socks.corp:1080",
            "HTTPS_PROXY=socks5h://socks.corp:9050                      | SOCKS socks.corp:9050",
            "HTTPS_PROXY=http://[fd00::1]:3128                          | HTTP fd00::1:3128",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=*                   | DIRECT",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=notion.com          | DIRECT",
            "HTTPS_PROXY=http://proxy:3128;no_proxy=.notion.com         | DIRECT",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=*.notion.com        | DIRECT",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=api.notion.com      | DIRECT",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=API.NOTION.COM.     | DIRECT",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=a.b, notion.com ,c  | DIRECT",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=a.b notion.com      | DIRECT",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=api.notion.com:443  | DIRECT",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=api.notion.com:8443 | HTTP proxy:3128",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=otion.com           | HTTP proxy:3128",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=www.notion.com      | HTTP proxy:3128",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=notion.so           | HTTP proxy:3128",
            "HTTPS_PROXY=http://proxy:3128;NO_PROXY=10.0.0.0/8          | HTTP proxy:3128",
            "HTTPS_PROXY=http://proxy:3128;no_proxy=;NO_PROXY=notion.com| DIRECT",
            "HTTPS_PROXY=http://proxy:3128;no_proxy=x.y;NO_PROXY=notion.com| HTTP proxy:3128",
    })
    void choosesTheProxyForNotion(String variables, String expected) {
        assertEquals(expected, describe(fromVariables(variables).select(NOTION)));
    }

    /** The same, for other URLs: (NO_PROXY, url) → chosen. */
    @ParameterizedTest(name = "NO_PROXY={0}, {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "                   | https://localhost:8443/v1          | DIRECT",
            "                   | https://127.0.0.1/v1               | DIRECT",
            "                   | https://127.10.0.1/v1              | DIRECT",
            "                   | https://[::1]:8443/v1              | DIRECT",
            "                   | http://example.com/v1              | DIRECT",
            "                   | https://example.com/v1             | HTTP proxy:3128",
            "10.0.0.0/8         | https://10.1.2.3/v1                | DIRECT",
            "10.0.0.0/8         | https://11.1.2.3/v1                | HTTP proxy:3128",
            "192.168.1.0/24     | https://192.168.1.77/v1            | DIRECT",
            "192.168.1.0/24     | https://192.168.2.77/v1            | HTTP proxy:3128",
            "192.168.1.5        | https://192.168.1.5/v1             | DIRECT",
            "192.168.1.5        | https://192.168.1.6/v1             | HTTP proxy:3128",
            "fd00::/8           | https://[fd12::1]/v1               | DIRECT",
            "[fd00::1]:8443     | https://[fd00::1]:8443/v1          | DIRECT",
            "[fd00::1]:8443     | https://[fd00::1]/v1               | HTTP proxy:3128",
            "fd00::1            | https://[fd00::1]/v1               | DIRECT",
            "gateway.corp:8443  | https://gateway.corp:8443/v1       | DIRECT",
            "gateway.corp:nope  | https://gateway.corp:8443/v1       | HTTP proxy:3128",
            "999.1.1.1/8        | https://10.1.2.3/v1                | HTTP proxy:3128",
    })
    void noProxyRules(String noProxy, String url, String expected) {
        Map<String, String> env = new HashMap<>(Map.of("HTTPS_PROXY", "http://proxy:3128"));
        if (noProxy != null) {
            env.put("NO_PROXY", noProxy);
        }
        ProxyFromEnvironment selector = ProxyFromEnvironment.from(env).orElseThrow();
        assertEquals(expected, describe(selector.select(URI.create(url))));
    }

    @Test
    void credentialsAreDecodedAndNeverShown() {
        ProxyFromEnvironment selector = ProxyFromEnvironment.from(
                Map.of("HTTPS_PROXY", "http://al%40ice:p%3As+ss%2F@proxy.corp:3128")).orElseThrow();
        ProxyFromEnvironment.Credentials credentials = selector.credentials().orElseThrow();
        assertEquals("al@ice", credentials.user());
        assertEquals("p:s+ss/", credentials.password());
        assertEquals("http://***@proxy.corp:3128", selector.toString());
        assertFalse(credentials.toString().contains("p:s+ss/"), credentials.toString());
        assertEquals("HTTP proxy.corp:3128", describe(selector.select(NOTION)));
    }

    @Test
    void userWithoutPasswordHasAnEmptyPassword() {
        ProxyFromEnvironment selector = ProxyFromEnvironment.from(Map.of("HTTPS_PROXY", "http://bob@proxy:3128"))
                .orElseThrow();
        assertEquals(new ProxyFromEnvironment.Credentials("bob", ""), selector.credentials().orElseThrow());
    }

    @Test
    void noCredentialsWithoutUserInfo() {
        assertTrue(ProxyFromEnvironment.from(Map.of("HTTPS_PROXY", "http://proxy:3128")).orElseThrow()
                .credentials().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://user:hunter2@proxy:3128 | https://",
            "ftp://proxy:21                  | unknown scheme",
            "http://                          | not a valid URL",
            "http:///somewhere                | not a proxy URL",
            "http://pro xy:3128               | not a valid URL",
            "socks5://user:hunter2@proxy:1080 | SOCKS",
            "http://[::1                      | not a valid URL",
    })
    void malformedSettingsAreUsageErrorsThatNeverRepeatTheValue(String value, String mentions) {
        UserError error = assertThrows(UserError.class,
                () -> ProxyFromEnvironment.from(Map.of("HTTPS_PROXY", value)));
        assertEquals(ExitCode.USAGE, error.exitCode());
        assertTrue(error.what().contains("HTTPS_PROXY"), error.what());
        assertTrue(error.what().contains(mentions), error.what());
        assertFalse(error.what().contains("hunter2"), error.what());
        assertFalse(error.fix().isBlank());
    }

    @Test
    void connectFailedIsHarmless() {
        ProxyFromEnvironment selector = ProxyFromEnvironment.from(Map.of("HTTPS_PROXY", "http://proxy:3128")).orElseThrow();
        selector.connectFailed(NOTION, InetSocketAddress.createUnresolved("proxy", 3128), new java.io.IOException("x"));
        assertEquals("HTTP proxy:3128", describe(selector.select(NOTION)));
    }

    private static ProxyFromEnvironment fromVariables(String variables) {
        Map<String, String> env = new HashMap<>();
        for (String pair : variables.split(";")) {
            int eq = pair.indexOf('=');
            env.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return ProxyFromEnvironment.from(env).orElseThrow();
    }

    private static String describe(List<Proxy> proxies) {
        assertEquals(1, proxies.size());
        Proxy proxy = proxies.get(0);
        if (proxy.type() == Proxy.Type.DIRECT) {
            return "DIRECT";
        }
        InetSocketAddress address = (InetSocketAddress) proxy.address();
        assertTrue(address.isUnresolved(), "the proxy host is resolved by the HTTP stack, not at start-up");
        return proxy.type() + " " + address.getHostString() + ":" + address.getPort();
    }
}
