package dev.notionsetup.notion;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The proxy the user's shell asks for, as a {@link ProxySelector} for the client. The JVM ignores the
 * {@code HTTPS_PROXY}/{@code NO_PROXY} conventions that curl, Python and Go honour, so a tool that works in
 * the same terminal would otherwise fail here behind a corporate proxy.
 *
 * <ul>
 *   <li>Proxy: {@code https_proxy}, then {@code HTTPS_PROXY}, then {@code all_proxy}/{@code ALL_PROXY}
 *       (lowercase first, as curl and Python do). {@code http://host:port} (the default scheme; port 80 when
 *       absent) or {@code socks5://host:port} (port 1080). {@code https://} proxies (TLS to the proxy) are not
 *       supported by the HTTP stack and are refused rather than silently spoken to in clear text.</li>
 *   <li>Credentials in the proxy URL ({@code http://user:pass@proxy:3128}, percent-encoded as usual) are sent
 *       as Basic Proxy-Authorization to the proxy only; they never appear in {@link #toString()} or messages.</li>
 *   <li>{@code no_proxy}/{@code NO_PROXY}: see {@link NoProxy}. Loopback hosts are never proxied.</li>
 *   <li>Only https URLs are proxied: plain http is allowed only to loopback, which goes direct.</li>
 * </ul>
 */
public final class ProxyFromEnvironment extends ProxySelector {

    /** User name and password for the proxy; {@link #toString()} never shows the password. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + ", password=***]";
        }
    }

    private static final List<String> PROXY_VARIABLES = List.of("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY");
    private static final List<String> NO_PROXY_VARIABLES = List.of("no_proxy", "NO_PROXY");

    private final Proxy proxy;
    private final String shown;
    private final Credentials credentials;
    private final NoProxy noProxy;

    private ProxyFromEnvironment(Proxy proxy, String shown, Credentials credentials, NoProxy noProxy) {
        this.proxy = proxy;
        this.shown = shown;
        this.credentials = credentials;
        this.noProxy = noProxy;
    }

    /**
     * The proxy configured in {@code env} (typically {@code System.getenv()}), or empty when no proxy variable
     * is set. A malformed value is a {@link UserError} (exit 2), before any request.
     */
    public static Optional<ProxyFromEnvironment> from(Map<String, String> env) {
        Optional<Map.Entry<String, String>> setting = first(env, PROXY_VARIABLES);
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        String name = setting.get().getKey();
        String value = setting.get().getValue().strip();
        URI uri = parseProxyUrl(name, value);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        Proxy.Type type = switch (scheme) {
            case "http" -> Proxy.Type.HTTP;
            case "socks", "socks5", "socks5h", "socks4", "socks4a" -> Proxy.Type.SOCKS;
            case "https" -> throw invalid(name, "asks for TLS to the proxy (https://), which is not supported",
                    "Use http://host:port if the proxy accepts plain connections (most do; HTTPS still goes "
                            + "through a tunnel).");
            default -> throw invalid(name, "has an unknown scheme '" + TerminalText.sanitize(scheme, 20) + "'",
                    "Use http://host:port or socks5://host:port.");
        };
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalid(name, "has no host name", "Use http://host:port.");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : type == Proxy.Type.HTTP ? 80 : 1080;
        if (port < 1 || port > ApiBaseUrl.MAX_PORT) {
            throw invalid(name, "has port " + port + ", which no proxy can listen on",
                    "Give the proxy's port, from 1 to 65535 (for example http://proxy.example.com:3128).");
        }
        Credentials credentials = credentials(uri.getRawUserInfo());
        if (credentials != null && type == Proxy.Type.SOCKS) {
            throw invalid(name, "has a SOCKS user name and password, which are not supported",
                    "Use an http:// proxy for authenticated access, or a SOCKS proxy without a password.");
        }
        String host = uri.getHost().startsWith("[") // an IPv6 literal: the socket address wants it bare
                ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        Proxy proxy = new Proxy(type, InetSocketAddress.createUnresolved(host, port));
        String shown = scheme + "://" + (credentials != null ? "***@" : "") + uri.getHost() + ":" + port;
        String noProxy = first(env, NO_PROXY_VARIABLES).map(Map.Entry::getValue).orElse("");
        return Optional.of(new ProxyFromEnvironment(proxy, shown, credentials, NoProxy.parse(noProxy)));
    }

    /** The proxy used for a URL, or {@link Proxy#NO_PROXY}; what OkHttp asks before each connection. */
    @Override
    public List<Proxy> select(URI uri) {
        if (uri == null) {
            throw new IllegalArgumentException("uri must not be null");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!scheme.equals("https") || host == null || Loopback.isLoopbackHost(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : 443;
        return noProxy.matches(host, port) ? List.of(Proxy.NO_PROXY) : List.of(proxy);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // Nothing to fall back to: there is one proxy. The failure itself is reported by the client.
    }

    public Proxy proxy() {
        return proxy;
    }

    public Optional<Credentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** "http://***@proxy.corp:3128", for --verbose; the password is never shown. */
    @Override
    public String toString() {
        return shown;
    }

    private static Optional<Map.Entry<String, String>> first(Map<String, String> env, List<String> names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(Map.entry(name, value));
            }
        }
        return Optional.empty();
    }

    private static URI parseProxyUrl(String name, String value) {
        String withScheme = value.contains("://") ? value : "http://" + value;
        try {
            URI uri = new URI(withScheme);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                throw invalid(name, "is not a proxy URL", "Use http://host:port.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid(name, "is not a valid URL", "Use http://host:port (percent-encode special characters "
                    + "in the user name and password).");
        }
    }

    private static Credentials credentials(String rawUserInfo) {
        if (rawUserInfo == null || rawUserInfo.isEmpty()) {
            return null;
        }
        int colon = rawUserInfo.indexOf(':');
        String user = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
        String password = colon < 0 ? "" : rawUserInfo.substring(colon + 1);
        return new Credentials(decode(user), decode(password));
    }

    private static String decode(String s) {
        // URLDecoder would turn '+' into a space; in a URL's user info '+' is literal.
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The message names the variable but never repeats its value: it may hold a password. */
    private static UserError invalid(String variable, String problem, String fix) {
        return new UserError("The proxy setting " + variable + " " + problem + ".", fix, ExitCode.USAGE);
    }
}
