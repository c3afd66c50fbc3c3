package dev.notionsetup.browser;

import java.net.URI;

/** Opens a URL for the user, or says why it cannot; never blocks for long, never throws. */
public interface Browser {
    BrowseResult open(URI url);
}
