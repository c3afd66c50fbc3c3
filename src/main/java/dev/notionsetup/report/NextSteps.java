package dev.notionsetup.report;

import dev.notionsetup.prompt.Output;
import dev.notionsetup.prompt.Tone;

import java.util.List;

/**
 * The closing text: the seed's "Things to Know" and a first call to try. The example reads the token from
 * the env file through the shell; it never contains the token itself.
 */
public final class NextSteps {
    private NextSteps() {
    }

    public static void show(Output out, List<String> thingsToKnow, String envFileForShell, String notionVersion) {
        if (!thingsToKnow.isEmpty()) {
            out.show(Tone.HEADING, "Things to know");
            thingsToKnow.forEach(t -> out.show(Tone.PLAIN, "  \u2022 " + t));
        }
        out.show(Tone.HEADING, "Next step: make your first call");
        out.show(Tone.PLAIN, "  set -a; . " + envFileForShell + "; set +a");
        out.show(Tone.PLAIN, "  curl -s https://api.notion.com/v1/users/me \\");
        out.show(Tone.PLAIN, "    -H \"Authorization: Bearer $NOTION_API_KEY\" \\");
        out.show(Tone.PLAIN, "    -H \"Notion-Version: " + notionVersion + "\"");
    }
}
