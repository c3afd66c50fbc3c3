package dev.notionsetup.term;

/** Ctrl-C or Ctrl-D at a prompt: unwinds the whole wizard, which then exits 130 having written nothing. */
public final class UserInterrupt extends RuntimeException {
    /**
     * How Ctrl-C is named everywhere, whether it arrives while a prompt reads (this exception) or while a
     * request runs (then the signal ends the process and the exit notice says it, which cannot tell Ctrl-C
     * from a SIGTERM: hence no key named). What follows it says whether anything was written.
     */
    public static final String STOPPED = "Stopped.";

    public UserInterrupt(String what) {
        super(what, null, false, false);
    }
}
