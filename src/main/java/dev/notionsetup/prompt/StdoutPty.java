package dev.notionsetup.prompt;

import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.exec.ExecPty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

import java.io.IOException;

/**
 * JLine's exec pty on standard output ({@code stty} run as a process, as JLine's exec provider makes it), with
 * two start-up costs taken off the wizard's first screen (docs/performance.md):
 * <ul>
 *   <li>made for a device already known to be a terminal ({@link TerminalDevice}), without the two processes
 *       JLine runs first, {@code test -t 1} (is it a terminal?) and {@code tty} (its name, which only
 *       {@link #toString()} shows for a pty on a standard stream);</li>
 *   <li>the settings read from {@code stty -a} by {@link SttySettings}, equal to JLine's reading and quicker;
 *       the size that the same output gives is kept ({@link #sizeAtLastRead()}), so that the first screen needs
 *       no second {@code stty}.</li>
 * </ul>
 */
final class StdoutPty extends ExecPty {
    private volatile Size sizeAtLastRead;

    /** {@code device}: what standard output is open on, a terminal. */
    StdoutPty(TerminalProvider provider, String device) {
        super(provider, SystemStream.Output, device);
    }

    @Override
    public Attributes getAttr() throws IOException {
        String output = doGetConfig();
        sizeAtLastRead = SttySettings.size(output);
        return SttySettings.attributes(output);
    }

    /** The size in the last {@code stty -a} that {@link #getAttr()} read; null before the first. */
    Size sizeAtLastRead() {
        return sizeAtLastRead;
    }
}
