package dev.notionsetup.report;

import dev.notionsetup.notion.NotionVersion;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;

import java.util.Optional;

/**
 * The closing text, the last thing on screen: the health check to run later and a first call to try. The example reads the token from
 * the env file through the shell; it never contains the token itself.
 */
public final class NextSteps {
    private NextSteps() {
    }

    /** The Notion-Version the example call uses: a saved data source needs 2025-09-03 or later. */
    public static NotionVersion version(NotionVersion run, boolean withDataSource) {
        return withDataSource ? run.atLeast(NotionVersion.DATA_SOURCES) : run;
    }

    /**
     * {@code withDataSource}: NOTION_DATA_SOURCE_ID is saved too, so the example queries it (with 2025-09-03 or
     * later, which data sources need); {@code variable} is the token's name in the env file (--var).
     */
    public static void show(Output out, String envFileForShell, NotionVersion version, boolean withDatabase,
                            boolean withDataSource, String variable) {
        show(out, envFileForShell, version, withDatabase, withDataSource, variable, false);
    }

    /** As above; {@code powerShell}: the commands in PowerShell's words, for Windows, where there is no sh. */
    public static void show(Output out, String envFileForShell, NotionVersion version, boolean withDatabase,
                            boolean withDataSource, String variable, boolean powerShell) {
        show(out, envFileForShell, version, withDatabase, withDataSource, variable, powerShell, Optional.empty());
    }

    /**
     * As above; {@code keychain}: the token is in the OS keychain ("" or " --profile NAME"), not in the env file,
     * so the example starts a shell through {@code run}, which puts it in the environment, instead of reading the
     * file.
     */
    public static void show(Output out, String envFileForShell, NotionVersion version, boolean withDatabase,
                            boolean withDataSource, String variable, boolean powerShell, Optional<String> keychain) {
        String options = keychain.orElse("")
                + (envFileForShell.equals("./.env") ? "" : " --env-file " + envFileForShell)
                + (variable.equals("NOTION_API_KEY") ? "" : " --var " + variable);
        out.show(Tone.PLAIN, "Check it any time:");
        out.show(Tone.COMMAND, "  " + CommandName.invoked() + " validate" + options);
        out.show(Tone.HEADING, "Next step: make your first call");
        NotionVersion shown = version(version, withDataSource);
        if (keychain.isPresent()) {
            out.show(Tone.HINT, "Start a shell with " + variable + " from the keychain in its environment (exit"
                    + " leaves it), then make the call in it; scripts run the same way: "
                    + CommandName.invoked() + " run -- CMD.");
            out.show(Tone.COMMAND, "  " + CommandName.invoked() + " run" + options + " -- "
                    + (powerShell ? "powershell" : "sh"));
        }
        if (powerShell) {
            showPowerShell(out, keychain.isPresent(), envFileForShell, shown, withDatabase, withDataSource, variable);
        } else {
            showPosix(out, keychain.isPresent(), envFileForShell, shown, withDatabase, withDataSource, variable);
        }
        if (withDatabase) {
            out.show(Tone.HINT, "A 200 answer with a results array means the token and the sharing both work.");
        }
    }

    private static void showPosix(Output out, boolean inRun, String envFile, NotionVersion shown,
                                  boolean withDatabase, boolean withDataSource, String variable) {
        if (!inRun) {
            out.show(Tone.COMMAND, "  set -a; . " + envFile + "; set +a");
        }
        if (!withDatabase) {
            out.show(Tone.COMMAND, "  curl -s https://api.notion.com/v1/users/me \\");
        } else if (withDataSource) {
            out.show(Tone.COMMAND, "  curl -s -X POST \"https://api.notion.com/v1/data_sources/$NOTION_DATA_SOURCE_ID/query\" \\");
            out.show(Tone.COMMAND, "    -H \"Content-Type: application/json\" -d '{\"page_size\": 5}' \\");
        } else if (shown.usesDataSources()) {
            // From 2025-09-03 a database is queried through its data sources; retrieving it lists them.
            out.show(Tone.COMMAND, "  curl -s \"https://api.notion.com/v1/databases/$NOTION_DATABASE_ID\" \\");
        } else {
            out.show(Tone.COMMAND, "  curl -s -X POST \"https://api.notion.com/v1/databases/$NOTION_DATABASE_ID/query\" \\");
            out.show(Tone.COMMAND, "    -H \"Content-Type: application/json\" -d '{\"page_size\": 5}' \\");
        }
        out.show(Tone.COMMAND, "    -H \"Authorization: Bearer $" + variable + "\" \\");
        out.show(Tone.COMMAND, "    -H \"Notion-Version: " + shown.value() + "\"");
    }

    /** The same call in PowerShell: the env file's plain KEY=value lines into $env:, then Invoke-RestMethod. */
    private static void showPowerShell(Output out, boolean inRun, String envFile, NotionVersion shown,
                                       boolean withDatabase, boolean withDataSource, String variable) {
        if (!inRun) {
            out.show(Tone.COMMAND, "  Get-Content " + envFile.replace('/', '\\') + " | ForEach-Object { if ($_ -match"
                + " '^\\s*([A-Za-z_]\\w*)=(.*)$') { Set-Item \"env:$($Matches[1])\" $Matches[2] } }");
        }
        String call;
        if (!withDatabase) {
            call = "Invoke-RestMethod https://api.notion.com/v1/users/me";
        } else if (withDataSource) {
            call = "Invoke-RestMethod -Method Post \"https://api.notion.com/v1/data_sources/$env:NOTION_DATA_SOURCE_ID/query\""
                    + " -ContentType application/json -Body '{\"page_size\": 5}'";
        } else if (shown.usesDataSources()) {
            call = "Invoke-RestMethod \"https://api.notion.com/v1/databases/$env:NOTION_DATABASE_ID\"";
        } else {
            call = "Invoke-RestMethod -Method Post \"https://api.notion.com/v1/databases/$env:NOTION_DATABASE_ID/query\""
                    + " -ContentType application/json -Body '{\"page_size\": 5}'";
        }
        out.show(Tone.COMMAND, "  " + call + " `");
        out.show(Tone.COMMAND, "    -Headers @{ Authorization = \"Bearer $env:" + variable + "\"; \"Notion-Version\" = \""
                + shown.value() + "\" }");
    }
}
