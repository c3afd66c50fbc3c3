package dev.notionsetup.browser;

import java.net.URI;

/** For {@code --no-browser}: never launches anything, so the wizard only prints the URL. */
public final class NoBrowser implements Browser {
    @Override
    public BrowseResult open(URI url) {
        return new BrowseResult.Unavailable("--no-browser given");
    }
}
