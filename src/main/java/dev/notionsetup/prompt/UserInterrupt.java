package dev.notionsetup.prompt;

/** Ctrl-C or Ctrl-D at a prompt: unwinds the whole wizard, which then exits 130 having written nothing. */
public final class UserInterrupt extends RuntimeException {
    public UserInterrupt(String what) {
        super(what, null, false, false);
    }
}
