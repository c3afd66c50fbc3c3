package dev.notionsetup.docs;

import dev.notionsetup.browser.NoBrowser;
import dev.notionsetup.cli.CommandLineFactory;
import dev.notionsetup.cli.Dependencies;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the AsciiDoc sources of the man pages (notion-setup, notion-setup-validate,
 * notion-setup-generate-completion) from the same command line the jar runs, so the pages cannot drift from
 * the options. The build turns them into roff (pom.xml, asciidoctor's manpage backend).
 *
 * <p>It lives with the tests so that picocli-codegen never ships in the jar. The dependencies are inert:
 * building the command line only declares its options, it runs nothing.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages OUTPUT_DIR");
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        Dependencies inert = Dependencies.builder(Map.of())
                .streams(new ByteArrayInputStream(new byte[0]), nowhere, nowhere).workingDir(Path.of("."))
                .console(() -> {
                    throw new IllegalStateException("no console while generating man pages");
                }).browsers(env -> new NoBrowser()).sleeper(d -> { }).build();
        CommandLine cmd = CommandLineFactory.create(inert);
        int status = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true,
                cmd.getCommandSpec());
        if (status != 0) {
            throw new IllegalStateException("picocli's ManPageGenerator failed with status " + status);
        }
    }
}
