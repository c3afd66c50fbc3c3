package dev.notionsetup.wizard;

import dev.notionsetup.flow.Flow;
import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.notion.NotionVersion;
import dev.notionsetup.wizard.ChoiceStep.Option;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The Notion API setup, step by step, in the words of the user's setup guide: the ten numbered steps with
 * their branch at step 3 (a new integration goes through 4 and 5, an existing one through 6; both go on at
 * 7), then two checks of our own. A third answer at step 3, a personal access token, goes straight to its
 * own step 7 and from there to the check, past 8 and 9: a personal token acts as its owner and needs no
 * sharing. Where today's Notion words differ from the guide's ("connections"), a hint line follows the
 * guide's text, which stays as it is.
 *
 * <p>A new answer at step 3 is one more {@link Option}; an answer that takes its own way adds that way's
 * steps with their own "then", as {@link #PASTE_PERSONAL} does. "Enter the token again" at step 10 returns
 * to whichever input step the token came through.
 */
public final class NotionFlow {
    public static final String TITLE = "Notion API";
    public static final String SUMMARY = "Set up API access for reading and writing Notion pages, databases, and blocks.";
    public static final List<String> PREREQUISITES = List.of(
            "A Notion account",
            "A Notion workspace where you have owner access");

    /** Today's developer portal: where Notion lists connections (integrations) and personal tokens. */
    static final String CONNECTIONS_URL = "https://www.notion.so/developers/connections";
    static final String TOKENS_URL = "https://www.notion.so/developers/tokens";
    static final String INTEGRATIONS_URL = "https://www.notion.so/profile/integrations/internal";

    static final String INTRO = "intro";
    static final String OPEN_INTEGRATIONS = "open-integrations";
    static final String HAVE_INTEGRATION = "have-integration";
    static final String CREATE_INTEGRATION = "create-integration";
    static final String INTEGRATION_CREATED = "integration-created";
    static final String OPEN_EXISTING = "open-existing";
    static final String PASTE_TOKEN = "paste-token";
    static final String PASTE_PERSONAL = "paste-personal-token";
    static final String SHARE_CONTENT = "share-content";
    static final String CONTENT_SHARED = "content-shared";
    static final String VERIFY_TOKEN = "verify-token";
    static final String CHECK_ACCESS = "check-access";
    static final String DATABASE_ID = "database-id";
    static final String TOKEN_PLACE = "token-place";

    public static final Flow<Session> FLOW = Flow.<Session>numbered(10)
            .step(1, INTRO, new InfoStep("We'll create a Notion internal integration and get an API token. You'll"
                    + " also need to share specific pages or databases with the integration before it can access"
                    + " them."))
            .step(2, OPEN_INTEGRATIONS, new OpenUrlStep("Opening the Notion integrations page. Sign in if prompted.",
                    URI.create(INTEGRATIONS_URL),
                    "Notion now calls integrations connections; they are also at " + CONNECTIONS_URL))
            .step(3, HAVE_INTEGRATION, new ChoiceStep("Do you already have an integration you want to use?",
                    new Option("Create a new integration", CREATE_INTEGRATION),
                    new Option("Use an existing integration", OPEN_EXISTING),
                    new Option("I have a personal access token", PASTE_PERSONAL)))
            .step(4, CREATE_INTEGRATION, new InfoStep("Click 'New integration'. Give it a name, select the workspace"
                    + " it belongs to, and choose its capabilities (Read content, Update content, Insert content)."
                    + " For full access, enable all content capabilities.",
                    "On " + INTEGRATIONS_URL + ". Today's Notion may call it a connection ('New connection'); make it"
                            + " an internal one."))
            .step(5, INTEGRATION_CREATED, new ConfirmStep("Integration created?", CREATE_INTEGRATION), PASTE_TOKEN)
            .step(6, OPEN_EXISTING, new InfoStep("Click on your existing integration to view its settings."))
            .step(7, PASTE_TOKEN, new InputStep("Under 'Internal Integration Secret' in the Configuration tab, click"
                    + " 'Show' and copy the token. Paste it here:", CredentialKind.INTERNAL_CONNECTION),
                    SHARE_CONTENT)
            .step(7, PASTE_PERSONAL, new InputStep("Create a personal access token at " + TOKENS_URL + " (or copy the"
                    + " one you have); it acts as you and sees what you can see. Paste it here:",
                    CredentialKind.PERSONAL), VERIFY_TOKEN)
            .step(8, SHARE_CONTENT, new InfoStep("Important: The integration can only access pages and databases that"
                    + " have been explicitly shared with it. Go to any Notion page or database, click the '...' menu"
                    + " in the top right, select 'Connections', and add your integration.",
                    "Today's Notion lists it there as a connection, under its name."))
            .step(9, CONTENT_SHARED, new ConfirmStep("Shared at least one page or database with your integration?",
                    SHARE_CONTENT))
            .step(10, VERIFY_TOKEN, new ValidateStep("Checking your integration token works...",
                    "Integration token verified. Notion API is ready.",
                    "Couldn't verify the token. Make sure you copied it correctly and the integration is active."))
            .extra(CHECK_ACCESS, "Checking what the token can see", new AccessStep())
            .extra(DATABASE_ID, "Optional: a database id for your first query", new DatabaseStep(
                    "Save a database id too (NOTION_DATABASE_ID)?"))
            .extra(TOKEN_PLACE, "Where the token lives", new StoreStep("Where should the token live?"))
            .build();

    /**
     * The guide's notes, in the words of the run: about sharing only for an integration's token, and the one
     * Notion-Version the closing example uses ({@code version}), so the run tells one story.
     */
    public static List<String> thingsToKnow(CredentialKind kind, NotionVersion version) {
        List<String> notes = new ArrayList<>();
        if (kind == CredentialKind.PERSONAL) {
            notes.add("A personal access token acts as you: it sees the pages and databases you can see, and"
                    + " nothing needs sharing with it.");
            notes.add("Keep it as secret as a password; revoke it at " + TOKENS_URL + " if it leaks.");
        } else {
            notes.add("Integrations can ONLY access pages and databases explicitly shared with them. This is the most"
                    + " common source of 'not found' errors.");
            notes.add("When you share a parent page, all child pages are also accessible. You don't need to share"
                    + " each one individually.");
        }
        notes.add("Notion API has a rate limit of 3 requests per second. Implement retry logic with exponential"
                + " backoff.");
        notes.add("The Notion API requires a 'Notion-Version' header (e.g., '" + version + "'). Most Notion client"
                + " libraries handle this automatically.");
        if (kind != CredentialKind.PERSONAL) {
            notes.add("Internal integration tokens do not expire, but they can be revoked from the integrations page.");
        }
        notes.add("If using the API directly (not a client library), you must include both 'Authorization: Bearer"
                + " <token>' and 'Notion-Version: " + version + "' headers.");
        return notes;
    }

    private NotionFlow() {
    }
}
