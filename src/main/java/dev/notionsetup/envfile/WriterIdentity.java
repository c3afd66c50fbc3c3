package dev.notionsetup.envfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote a temporary file, in a form that survives pid reuse: the process id plus the process's start
 * time in clock ticks since boot (field 22 of {@code /proc/<pid>/stat}). A busy Linux machine hands a dead
 * writer's pid to a new process or thread within seconds (pid_max is often 32768), so "is that pid alive?"
 * alone would keep a killed writer's file, a copy of the token, forever. Where there is no /proc the start
 * is recorded as 0 and only the pid is compared.
 *
 * @param pid        the writer's process id
 * @param startTicks its start time in clock ticks since boot, or 0 when unknown
 */
public record WriterIdentity(long pid, long startTicks) {
    /** In a temporary file's name after the mark: pid, start ticks, then the random part createTempFile adds. */
    private static final Pattern IN_NAME = Pattern.compile("(\\d{1,18})-(\\d{1,19})-\\d+");

    public static WriterIdentity current() {
        long pid = ProcessHandle.current().pid();
        return new WriterIdentity(pid, startTicks(pid).orElse(0));
    }

    /** The part of a temporary file's name that identifies its writer: "{pid}-{startTicks}-". */
    public String nameSuffix() {
        return pid + "-" + startTicks + "-";
    }

    /** The writer of a file named {@code <prefix><pid>-<ticks>-<random>}; empty when the name is not ours. */
    public static Optional<WriterIdentity> fromName(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher m = IN_NAME.matcher(name.substring(prefix.length()));
        return m.matches() ? Optional.of(new WriterIdentity(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.empty();
    }

    /** The same process is still running: same pid, same start tick, and not a zombie. */
    public boolean isRunning() {
        if (startTicks == 0) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        return startTicks(pid).orElse(-1) == startTicks;
    }

    /** Field 22 of /proc/{pid}/stat for a live (non-zombie) process; empty when there is no such process. */
    public static OptionalLong startTicks(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return startTicksOf(stat);
    }

    /**
     * Parses a stat line. The command name (field 2) is in parentheses and may itself hold spaces or ")", so
     * fields are counted from the last ")": the next is field 3 (state), field 22 is the 20th.
     */
    static OptionalLong startTicksOf(String stat) {
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            return OptionalLong.empty();
        }
        String[] fields = stat.substring(end + 1).trim().split(" +");
        if (fields.length < 20 || fields[0].equals("Z") || fields[0].equals("X")) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(fields[19]));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
