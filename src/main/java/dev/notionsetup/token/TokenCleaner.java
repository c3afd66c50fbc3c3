package dev.notionsetup.token;

/** Cleans what users paste by accident and judges whether the result can be a Notion token. */
public final class TokenCleaner {
    private TokenCleaner() {
    }

    public static TokenCandidate clean(String raw) {
        throw new UnsupportedOperationException("implemented in the token change");
    }
}
