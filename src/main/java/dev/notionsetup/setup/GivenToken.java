package dev.notionsetup.setup;

/** A token as given (still raw: it may need cleaning) and where from. toString never shows it. */
public record GivenToken(String raw, TokenSource source) {
    @Override
    public String toString() {
        return "GivenToken[from " + source.jsonName() + "]";
    }
}
