package dev.notionsetup.security;

import dev.notionsetup.envfile.EnvFile;

import java.nio.file.Path;

/**
 * A process that does nothing but write NOTION_API_KEY into an env file through the real EnvFile, over and
 * over, so that a test can kill it at any moment of a write (EnvFileKillIT). Arguments: the file, the tokens
 * to write in turn (comma-separated), and how many writes (-1: until killed). Prints "ready" before the first
 * write and "done" after the last.
 */
public final class WriterLoop {
    private WriterLoop() {
    }

    public static void main(String[] args) {
        EnvFile file = EnvFile.at(Path.of(args[0]).toAbsolutePath());
        String[] tokens = args[1].split(",");
        long writes = Long.parseLong(args[2]);
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; writes < 0 || i < writes; i++) {
            file.set("NOTION_API_KEY", tokens[(int) (i % tokens.length)]);
        }
        System.out.println("done");
    }
}
