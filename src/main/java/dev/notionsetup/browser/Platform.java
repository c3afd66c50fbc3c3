package dev.notionsetup.browser;

import java.util.List;
import java.util.Locale;

/** The operating system families that differ in how a URL is opened. */
enum Platform {
    MAC(List.of("open"), ':'),
    // rundll32 rather than "cmd /c start": no shell, so nothing in the URL is ever interpreted.
    WINDOWS(List.of("rundll32", "url.dll,FileProtocolHandler"), ';'),
    // Linux, the BSDs and other Unix-likes: the freedesktop opener, which needs a graphical session.
    UNIX(List.of("xdg-open"), ':');

    private final List<String> opener;
    private final char listSeparator;

    Platform(List<String> opener, char listSeparator) {
        this.opener = opener;
        this.listSeparator = listSeparator;
    }

    static Platform of(String osName) {
        String name = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("mac") || name.contains("darwin")) {
            return MAC;
        }
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        return UNIX;
    }

    /** The opener's command words; the URL is appended as its own argument. */
    List<String> opener() {
        return opener;
    }

    /** Separates commands in BROWSER, like PATH: ':' but ';' on Windows, where ':' appears in C:\. */
    char listSeparator() {
        return listSeparator;
    }

    /** Only the X11/Wayland opener needs a display; macOS and Windows always have their desktop. */
    boolean needsDisplayVariable() {
        return this == UNIX;
    }
}
