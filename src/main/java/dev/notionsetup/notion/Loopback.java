package dev.notionsetup.notion;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a host name, as written in a URL, is the local machine — decided from the text alone, without DNS,
 * so that a name cannot be made to "resolve to loopback" and get plain http or skip the proxy.
 */
final class Loopback {
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1?\\d?\\d)";
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\." + OCTET + "\\." + OCTET + "\\." + OCTET);

    private Loopback() {
    }

    /** localhost, 127.0.0.0/8 and ::1 (with or without brackets, in any of its spellings). */
    static boolean isLoopbackHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.equals("localhost") || IPV4_LOOPBACK.matcher(h).matches() || isIpv6Loopback(h);
    }

    private static boolean isIpv6Loopback(String h) {
        if (!h.contains(":") || !h.matches("[0-9a-f:]+")) {
            return false;
        }
        String[] halves = h.split("::", -1);
        if (halves.length > 2) {
            return false;
        }
        String[] left = groups(halves[0]);
        String[] right = halves.length == 2 ? groups(halves[1]) : new String[0];
        int explicit = left.length + right.length;
        if (halves.length == 1 ? explicit != 8 : explicit > 7) {
            return false;
        }
        String[] all = new String[8];
        Arrays.fill(all, "0");
        System.arraycopy(left, 0, all, 0, left.length);
        System.arraycopy(right, 0, all, 8 - right.length, right.length);
        for (int i = 0; i < 8; i++) {
            String g = all[i];
            if (g.isEmpty() || g.length() > 4 || Integer.parseInt(g, 16) != (i == 7 ? 1 : 0)) {
                return false;
            }
        }
        return true;
    }

    private static String[] groups(String part) {
        return part.isEmpty() ? new String[0] : part.split(":", -1);
    }
}
