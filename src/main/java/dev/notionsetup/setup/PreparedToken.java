package dev.notionsetup.setup;

import dev.notionsetup.ExitCode;
import dev.notionsetup.UserError;
import dev.notionsetup.term.Output;
import dev.notionsetup.term.Tone;
import dev.notionsetup.token.Secret;
import dev.notionsetup.token.TokenCandidate;
import dev.notionsetup.token.TokenCleaner;
import dev.notionsetup.token.TokenVerdict;

import java.util.ArrayList;
import java.util.List;

/**
 * A token given without a prompt, cleaned and judged the same way the wizard judges a paste. An unusable
 * one is a usage error (exit 2); an unknown prefix is only a warning, since Notion has the last word.
 */
public record PreparedToken(Secret value, TokenSource source, List<String> warnings, String description,
                            String variable) {

    public PreparedToken {
        warnings = List.copyOf(warnings);
    }

    public PreparedToken(Secret value, TokenSource source, List<String> warnings) {
        this(value, source, warnings, source.description(), null);
    }

    public static PreparedToken from(GivenToken given, Output out) {
        TokenCandidate candidate = TokenCleaner.clean(given.raw());
        if (candidate.verdict() instanceof TokenVerdict.Invalid invalid) {
            throw new UserError("The token from " + given.description() + " is not usable: "
                    + invalid.what(), invalid.fix(), ExitCode.USAGE);
        }
        if (!candidate.corrections().isEmpty()) {
            out.show(Tone.HINT, "Cleaned up the token from " + given.description() + ": "
                    + String.join(", ", candidate.corrections()) + ".");
        }
        List<String> warnings = new ArrayList<>();
        if (candidate.verdict() instanceof TokenVerdict.UnknownPrefix unknown) {
            warnings.add(unknown.warning() + " Using it anyway; Notion will decide.");
            out.show(Tone.WARNING, warnings.get(0));
        }
        return new PreparedToken(candidate.value(), given.source(), warnings, given.description(),
                given.variable());
    }
}
