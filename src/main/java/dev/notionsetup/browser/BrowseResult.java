package dev.notionsetup.browser;

/** Whether the browser was launched; {@code reason} is one human line such as "no display (SSH session?)". */
public sealed interface BrowseResult permits BrowseResult.Opened, BrowseResult.Unavailable {
    record Opened(String how) implements BrowseResult {
    }

    record Unavailable(String reason) implements BrowseResult {
    }
}
