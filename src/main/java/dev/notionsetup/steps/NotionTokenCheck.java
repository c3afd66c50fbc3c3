package dev.notionsetup.steps;

import dev.notionsetup.token.Secrets;
import dev.notionsetup.token.TokenCandidate;
import dev.notionsetup.token.TokenCleaner;
import dev.notionsetup.token.TokenVerdict;

/** The "notion-token" input format: cleans the paste, then judges it, echoing only the masked form. */
public final class NotionTokenCheck implements InputCheck {
    public static final String FORMAT = "notion-token";

    @Override
    public Result check(String raw) {
        TokenCandidate candidate = TokenCleaner.clean(raw);
        TokenVerdict verdict = candidate.verdict();
        if (verdict instanceof TokenVerdict.Invalid invalid) {
            return new Rejected(invalid.what(), invalid.fix());
        }
        String shownAs = Secrets.describe(candidate.value());
        if (verdict instanceof TokenVerdict.UnknownPrefix unknown) {
            return new Doubtful(candidate.value(), candidate.corrections(), shownAs, unknown.warning());
        }
        return new Accepted(candidate.value(), candidate.corrections(), shownAs);
    }
}
