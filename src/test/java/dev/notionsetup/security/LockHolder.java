package dev.notionsetup.security;

import dev.notionsetup.envfile.FileOps;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A writer caught in the middle of a write, for as long as a test wants: creates a temporary file as the env
 * file's writer does (locked), writes a token into it, prints its path, and waits until killed. Arguments: the
 * folder and the name prefix (".env.tmp-").
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        FileOps.TempFile temp = FileOps.system().createPrivateTempFile(Path.of(args[0]), args[1]);
        temp.write("NOTION_API_KEY=a-token-being-written\n".getBytes(StandardCharsets.UTF_8));
        System.out.println(temp.path());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
