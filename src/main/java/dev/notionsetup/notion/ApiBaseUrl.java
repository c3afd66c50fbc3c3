package dev.notionsetup.notion;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The base URL the token may be sent to. Parsing refuses plain http except to loopback hosts and any URL
 * with user info, before a single request is made (UserError, exit 2).
 *
 * <p>The checks live in the constructor, so no {@code ApiBaseUrl} can exist that would send the token in
 * clear text over the network or to a URL carrying someone's credentials. The stored form has no trailing
 * slash; a path prefix (a local gateway such as {@code http://localhost:8080/notion}) is kept.
 */
public record ApiBaseUrl(URI uri) {
    public static final ApiBaseUrl DEFAULT = new ApiBaseUrl(URI.create("https://api.notion.com"));

    /** TCP ports are 16 bits; port 0 means "any free port" to a server and nothing to a client. */
    static final int MAX_PORT = 65535;

    private static final String FIX = "Use https://api.notion.com (the default), or http:// only for a server on "
            + "this machine (localhost, 127.0.0.1, ::1).";

    public ApiBaseUrl {
        if (uri == null) {
            throw refused("No API URL given.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null) {
            // Do not echo the URL: the user info is somebody's name and password.
            throw new UserError("The API URL must not contain a user name or password (" + scheme + "://…@"
                    + TerminalText.sanitize(String.valueOf(uri.getHost()), 80) + ").",
                    "Remove the user name and password from the URL; the Notion token is the only credential sent.",
                    ExitCode.USAGE);
        }
        String shown = TerminalText.sanitize(uri.toString(), 120);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused("The API URL '" + shown + "' must start with https://.");
        }
        if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused("The API URL '" + shown + "' has no host name.");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > MAX_PORT)) {
            throw new UserError("The API URL '" + shown + "' has port " + uri.getPort() + ", which no server can"
                    + " listen on.", "Give a port from 1 to 65535, or none (https uses 443).", ExitCode.USAGE);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw refused("The API URL '" + shown + "' must not have a query (?…) or fragment (#…).");
        }
        if (scheme.equals("http") && !Loopback.isLoopbackHost(uri.getHost())) {
            throw refused("The API URL '" + shown + "' uses plain http to another machine; the token would "
                    + "travel unencrypted.");
        }
        String path = uri.getRawPath() == null ? "" : stripTrailingSlashes(uri.getRawPath());
        if (path.endsWith("/v1")) {
            throw new UserError("The API URL '" + shown + "' ends with /v1; the client adds /v1 itself.",
                    "Give the base URL without /v1, such as https://api.notion.com.", ExitCode.USAGE);
        }
        uri = URI.create(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path);
    }

    public static ApiBaseUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw refused("No API URL given.");
        }
        try {
            return new ApiBaseUrl(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw refused("The API URL '" + TerminalText.sanitize(text, 120) + "' is not a valid URL.");
        }
    }

    /** True when requests go over plain http (only ever to this machine). */
    public boolean isPlainHttp() {
        return uri.getScheme().equals("http");
    }

    public String host() {
        return uri.getHost();
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    private static String stripTrailingSlashes(String path) {
        String p = path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static UserError refused(String what) {
        return new UserError(what, FIX, ExitCode.USAGE);
    }
}
