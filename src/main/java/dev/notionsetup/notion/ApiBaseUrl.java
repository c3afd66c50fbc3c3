package dev.notionsetup.notion;

import java.net.URI;

/**
 * The base URL the token may be sent to. Parsing refuses plain http except to loopback hosts and any URL
 * with user info, before a single request is made (UserError, exit 2).
 */
public record ApiBaseUrl(URI uri) {
    public static final ApiBaseUrl DEFAULT = new ApiBaseUrl(URI.create("https://api.notion.com"));

    public static ApiBaseUrl parse(String text) {
        throw new UnsupportedOperationException("implemented in the client change");
    }
}
