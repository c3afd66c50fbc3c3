package dev.notionsetup.testing;

/**
 * Test tokens: shaped like real ones (prefix, 50 characters) but visibly fake, and distinctive enough that
 * a leak check can search every output for them.
 */
public final class Fixtures {
    /** 50 characters, ntn_ prefix, ends in "wxyz". */
    public static final String TOKEN = "ntn_FAKEtest" + "Q".repeat(34) + "wxyz";
    /** A second, different fake token, ends in "abcd". */
    public static final String OTHER_TOKEN = "ntn_FAKEother" + "R".repeat(33) + "abcd";
    /** What the tool says after a token given with --token, which the shell keeps in its history. */
    public static final String HISTORY_HINT = "Tip: --token lands in your shell history; --token-stdin avoids that.";
    /** An old-style fake secret_ token of 50 characters. */
    public static final String OLD_TOKEN = "secret_FAKE" + "S".repeat(35) + "ef12";

    public static final String BOT_ME = """
            {"object":"user","id":"b0b0b0b0-0000-4000-8000-000000000001","name":"My Script","avatar_url":null,
             "type":"bot","bot":{"owner":{"type":"workspace","workspace":true},"workspace_name":"Acme",
             "workspace_id":"a0a0a0a0-0000-4000-8000-000000000002",
             "workspace_limits":{"max_file_upload_size_in_bytes":5368709120}},"request_id":"req-ok-1"}""";

    /** users/me for a personal access token: the bot is owned by a user, and Notion names them. */
    public static String personalBot(String ownerName) {
        return "{\"object\":\"user\",\"id\":\"b0b0b0b0-0000-4000-8000-000000000003\",\"name\":\"Personal token\","
                + "\"avatar_url\":null,\"type\":\"bot\",\"bot\":{\"owner\":{\"type\":\"user\",\"user\":{"
                + "\"object\":\"user\",\"id\":\"c0c0c0c0-0000-4000-8000-000000000004\",\"name\":\"" + ownerName
                + "\",\"type\":\"person\",\"person\":{}}},\"workspace_name\":\"Acme\"},\"request_id\":\"req-ok-2\"}";
    }

    public static final String UNAUTHORIZED = """
            {"object":"error","status":401,"code":"unauthorized","message":"API token is invalid.",
             "request_id":"req-401"}""";

    private Fixtures() {
    }
}
