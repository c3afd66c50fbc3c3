package dev.notionsetup.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommandNameTest {
    @Test
    void withoutALauncherItIsTheInstalledName() {
        assertEquals("notion-setup", CommandName.shown(null, "/usr/bin"));
    }

    @Test
    void aCommandFoundOnPathIsNamedBare() {
        assertEquals("notion-setup", CommandName.shown("/usr/local/bin/notion-setup", "/usr/bin:/usr/local/bin"));
    }

    @Test
    void aSourceCheckoutIsNamedAsItWasTyped() {
        assertEquals("./notion-setup", CommandName.shown("./notion-setup", "/usr/bin"));
        assertEquals("/home/ada/src/notion-setup/notion-setup",
                CommandName.shown("/home/ada/src/notion-setup/notion-setup", "/usr/bin"));
    }

    @Test
    void aPathTheShellWouldSplitIsQuoted() {
        assertEquals("'/home/ada/my tools/notion-setup'", CommandName.shown("/home/ada/my tools/notion-setup", ""));
    }
}
