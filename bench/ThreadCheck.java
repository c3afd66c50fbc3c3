import java.lang.reflect.InvocationTargetException;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs notion-setup's Main in this JVM with System.exit intercepted, then lists the threads the run left
 * behind. A non-daemon one would keep a JVM alive after main returns (our Main exits explicitly, so this is
 * about code that might one day rely on main returning). JDK 17-23 only: it needs a SecurityManager.
 *
 * <p>Usage: java -Djava.security.manager=allow -cp target/notion-setup.jar bench/ThreadCheck.java ARGS...
 * Prints one line per thread that was not there before; exits 1 if any of them is non-daemon and alive.
 */
public final class ThreadCheck {
    private static final class ExitTrapped extends SecurityException {
        final int status;

        ExitTrapped(int status) {
            super("exit " + status);
            this.status = status;
        }
    }

    @SuppressWarnings({"removal", "deprecation"})
    public static void main(String[] args) throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
            }

            @Override
            public void checkExit(int status) {
                throw new ExitTrapped(status);
            }
        });
        int status = -1;
        try {
            Class.forName("dev.notionsetup.cli.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ExitTrapped exit) {
                status = exit.status;
            } else {
                throw e;
            }
        }
        System.setSecurityManager(null);
        Thread.sleep(200); // let threads that were about to end, end
        List<String> bad = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (before.contains(t) || t == Thread.currentThread() || !t.isAlive()) {
                continue;
            }
            System.err.printf("thread-check: %s thread \"%s\" (%s)%n", t.isDaemon() ? "daemon" : "NON-DAEMON",
                    t.getName(), t.getState());
            if (!t.isDaemon()) {
                bad.add(t.getName());
            }
        }
        System.err.printf("thread-check: exit status %d; %d non-daemon thread(s) left: %s%n", status, bad.size(), bad);
        System.exit(bad.isEmpty() ? 0 : 1);
    }
}
