package dev.notionsetup.wizard;

import dev.notionsetup.browser.Browser;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.term.Prompter;

import java.util.function.Function;

/**
 * One run of the wizard, as its steps see it: who to talk to, the browser, Notion, and the answers so far.
 *
 * @param offerToOpen false with --no-browser: the URL is only printed
 * @param variable    the name the token is saved under: NOTION_API_KEY, or the one --var gave
 */
public record Session(Prompter prompter, Browser browser, boolean offerToOpen, NotionClient client,
                      WizardState state, String variable) {

    /**
     * One check the user asked for, with the waiting line: it gets the whole --timeout, whatever earlier
     * checks spent, so "Try again" after a timeout is a real second try.
     */
    public <T> T check(Function<NotionClient, T> call) {
        client.startCheck();
        return prompter.during("Waiting for Notion", () -> call.apply(client));
    }
}
