package dev.notionsetup.prompt;

import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.spi.Pty;
import org.jline.utils.InfoCmp;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * JLine's terminal on the process's own terminal, as JLine makes it, but with the terminal's description
 * read by {@link TerminalCapabilities} rather than by JLine's slower reader (the same result).
 */
final class QuickCapabilitiesTerminal extends PosixSysTerminal {
    QuickCapabilitiesTerminal(String name, String type, Pty pty, Charset encoding) throws IOException {
        super(name, type, pty, encoding, encoding, encoding, true, SignalHandler.SIG_DFL);
    }

    /** As JLine's own: the type's description (JLine's or the system's), else ANSI's. */
    @Override
    protected void parseInfoCmp() {
        String description = null;
        try {
            description = InfoCmp.getInfoCmp(type);
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        TerminalCapabilities.parse(description != null ? description : InfoCmp.getDefaultInfoCmp("ansi"), bools,
                ints, strings);
    }
}
