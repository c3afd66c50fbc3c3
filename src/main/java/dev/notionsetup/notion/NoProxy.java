package dev.notionsetup.notion;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The hosts that bypass the proxy, from a {@code NO_PROXY} value, with curl's reading of it: entries
 * separated by commas or spaces; {@code *} alone matches everything; {@code example.com},
 * {@code .example.com} and {@code *.example.com} all match example.com and every host under it (on a label
 * boundary, so {@code notexample.com} does not match); {@code host:port} matches that port only; IP
 * addresses match exactly and {@code 10.0.0.0/8}-style ranges match IP literals in the URL. Matching looks at
 * the host name as written, never at DNS.
 */
final class NoProxy {
    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private record Entry(String host, int port, byte[] network, int prefixBits) {
        boolean matches(String h, byte[] address, int p) {
            if (port != -1 && port != p) {
                return false;
            }
            if (network != null) {
                return address != null && address.length == network.length && inRange(address);
            }
            return h.equals(host) || h.endsWith("." + host);
        }

        private boolean inRange(byte[] address) {
            int bits = prefixBits;
            for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final boolean everything;
    private final List<Entry> entries;

    private NoProxy(boolean everything, List<Entry> entries) {
        this.everything = everything;
        this.entries = List.copyOf(entries);
    }

    static NoProxy parse(String value) {
        boolean everything = false;
        List<Entry> entries = new ArrayList<>();
        for (String raw : (value == null ? "" : value).split("[,\\s]+")) {
            String item = raw.strip().toLowerCase(Locale.ROOT);
            if (item.isEmpty()) {
                continue;
            }
            if (item.equals("*")) {
                everything = true;
                continue;
            }
            Entry entry = entry(item);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return new NoProxy(everything, entries);
    }

    boolean matches(String host, int port) {
        if (everything) {
            return true;
        }
        String h = normalizeHost(host);
        byte[] address = ipLiteral(h);
        for (Entry entry : entries) {
            if (entry.matches(h, address, port)) {
                return true;
            }
        }
        return false;
    }

    private static Entry entry(String item) {
        String host = item;
        int port = -1;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0) {
                return null;
            }
            String after = host.substring(close + 1);
            host = host.substring(1, close);
            if (after.startsWith(":")) {
                port = port(after.substring(1));
            }
        } else if (host.indexOf(':') >= 0 && host.indexOf(':') == host.lastIndexOf(':')) {
            port = port(host.substring(host.indexOf(':') + 1));
            host = host.substring(0, host.indexOf(':'));
        }
        if (port == -2) {
            return null;
        }
        int slash = host.indexOf('/');
        if (slash >= 0) {
            byte[] network = ipLiteral(host.substring(0, slash));
            int bits;
            try {
                bits = Integer.parseInt(host.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (network == null || bits < 0 || bits > network.length * 8) {
                return null;
            }
            return new Entry(null, port, network, bits);
        }
        if (host.startsWith("*.")) {
            host = host.substring(2);
        }
        while (host.startsWith(".")) {
            host = host.substring(1);
        }
        host = normalizeHost(host);
        if (host.isEmpty()) {
            return null;
        }
        byte[] address = ipLiteral(host);
        if (address != null) {
            return new Entry(null, port, address, address.length * 8);
        }
        return new Entry(host, port, null, 0);
    }

    /** -1 for "any port", -2 for an unreadable one (the entry is then ignored). */
    private static int port(String text) {
        try {
            int p = Integer.parseInt(text);
            return p > 0 && p <= 65535 ? p : -2;
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    private static String normalizeHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    /** The address bytes when {@code host} is an IPv4 or IPv6 literal; null for names (no DNS is done). */
    private static byte[] ipLiteral(String host) {
        boolean v4 = IPV4.matcher(host).matches();
        boolean v6 = host.contains(":") && host.matches("[0-9a-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(host).getAddress(); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
