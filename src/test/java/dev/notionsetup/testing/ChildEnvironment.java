package dev.notionsetup.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The environment the tests give the processes they start, which otherwise see nothing of the caller's. */
public final class ChildEnvironment {
    private ChildEnvironment() {
    }

    /**
     * What a Windows process cannot start its sockets or find its temporary folder without (nothing of the
     * user's, so no token can be in it); empty elsewhere.
     */
    public static Map<String, String> windowsEssentials(Map<String, String> from) {
        Map<String, String> kept = new HashMap<>();
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            for (String name : List.of("SystemRoot", "SYSTEMROOT", "windir", "TEMP", "TMP")) {
                if (from.get(name) != null) {
                    kept.put(name, from.get(name));
                }
            }
        }
        return kept;
    }
}
