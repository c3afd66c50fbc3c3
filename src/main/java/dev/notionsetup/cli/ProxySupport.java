package dev.notionsetup.cli;

import java.net.ProxySelector;
import java.util.Map;

/** HTTPS_PROXY / NO_PROXY for the client: the JVM ignores them by itself. */
final class ProxySupport {
    private ProxySupport() {
    }

    static ProxySelector fromEnvironment(Map<String, String> env) {
        return null; // wired to the client's ProxyFromEnvironment when that lands
    }
}
