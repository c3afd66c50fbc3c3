package dev.notionsetup.cli;

/**
 * The process entry point. Kept to the one path that must be fast: the JVM verifies a class's methods
 * before running any of them, so the wiring lives in {@link SystemWiring} and is not even looked at when a
 * script asks for --version.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Scripts call this most; answering before picocli builds its model halves its start-up time.
            for (String line : VersionProvider.lines()) {
                System.out.println(line);
            }
            return;
        }
        int code = SystemWiring.run(args);
        System.out.flush();
        System.exit(code);
    }
}
