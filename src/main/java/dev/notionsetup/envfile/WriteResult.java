package dev.notionsetup.envfile;

import java.nio.file.Path;
import java.util.List;

/**
 * What a write did. {@code writtenTo} is the real file (the symlink target when the env file is a link);
 * {@code warnings} are one-line human texts (e.g. "others can read .env").
 */
public record WriteResult(Path writtenTo, boolean created, List<String> keysReplaced, List<String> keysAdded,
                          List<String> warnings) {
    public WriteResult {
        keysReplaced = List.copyOf(keysReplaced);
        keysAdded = List.copyOf(keysAdded);
        warnings = List.copyOf(warnings);
    }
}
