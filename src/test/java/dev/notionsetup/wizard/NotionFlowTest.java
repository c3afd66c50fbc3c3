package dev.notionsetup.wizard;

import org.junit.jupiter.api.Test;

import dev.notionsetup.notion.CredentialKind;
import dev.notionsetup.notion.NotionVersion;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import static dev.notionsetup.wizard.NotionFlow.FLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The declared flow is the guide's: ten steps, its step types in order, its texts, its branch at step 3. */
class NotionFlowTest {

    /** The ids in the order the flow lists them. */
    private static List<String> listed() {
        return List.of(NotionFlow.INTRO, NotionFlow.OPEN_INTEGRATIONS,
                NotionFlow.HAVE_INTEGRATION, NotionFlow.CREATE_INTEGRATION, NotionFlow.INTEGRATION_CREATED,
                NotionFlow.OPEN_EXISTING, NotionFlow.PASTE_TOKEN, NotionFlow.PASTE_PERSONAL, NotionFlow.SHARE_CONTENT, NotionFlow.CONTENT_SHARED,
                NotionFlow.VERIFY_TOKEN, NotionFlow.CHECK_ACCESS, NotionFlow.DATABASE_ID);
    }

    @Test
    void tenStepsOfTheGuidesTypesInOrderThenTheUnnumberedChecks() {
        assertEquals(NotionFlow.INTRO, FLOW.firstId());
        List<String> headings = listed().stream().map(FLOW::heading).toList();
        assertEquals(List.of("Step 1 of 10", "Step 2 of 10", "Step 3 of 10", "Step 4 of 10", "Step 5 of 10",
                "Step 6 of 10", "Step 7 of 10", "Step 7 of 10", "Step 8 of 10", "Step 9 of 10", "Step 10 of 10",
                "Checking what the token can see", "Optional: a database id for your first query"), headings);
        assertEquals(List.of(InfoStep.class, OpenUrlStep.class, ChoiceStep.class, InfoStep.class, ConfirmStep.class,
                InfoStep.class, InputStep.class, InputStep.class, InfoStep.class, ConfirmStep.class, ValidateStep.class,
                AccessStep.class, DatabaseStep.class), listed().stream().map(id -> FLOW.step(id).getClass()).toList());
    }

    @Test
    void textsAreTheGuides() {
        InputStep token = (InputStep) FLOW.step(NotionFlow.PASTE_TOKEN);
        assertEquals("Under 'Internal Integration Secret' in the Configuration tab, click 'Show' and copy the token."
                + " Paste it here:", token.text());
        assertEquals(CredentialKind.INTERNAL_CONNECTION, token.expects());
        assertEquals("Click on your existing integration to view its settings.",
                ((InfoStep) FLOW.step(NotionFlow.OPEN_EXISTING)).text());
        assertEquals("Important: The integration can only access pages and databases that have been explicitly"
                + " shared with it. Go to any Notion page or database, click the '...' menu in the top right, select"
                + " 'Connections', and add your integration.", ((InfoStep) FLOW.step(NotionFlow.SHARE_CONTENT)).text());
        ValidateStep validate = (ValidateStep) FLOW.step(NotionFlow.VERIFY_TOKEN);
        assertEquals("Checking your integration token works...", validate.text());
        assertEquals("Integration token verified. Notion API is ready.", validate.success());
        assertEquals(URI.create("https://www.notion.so/profile/integrations/internal"),
                ((OpenUrlStep) FLOW.step(NotionFlow.OPEN_INTEGRATIONS)).url());
        assertEquals(6, NotionFlow.thingsToKnow(CredentialKind.INTERNAL_CONNECTION, NotionVersion.DEFAULT).size());
    }

    @Test
    void branchAtStepThreeLeadsToFourOrSixAndBothReachSeven() {
        ChoiceStep choice = (ChoiceStep) FLOW.step(NotionFlow.HAVE_INTEGRATION);
        assertEquals(List.of("Create a new integration", "Use an existing integration",
                        "I have a personal access token"),
                choice.options().stream().map(ChoiceStep.Option::label).toList());
        assertEquals(NotionFlow.CREATE_INTEGRATION, choice.options().get(0).next());
        assertEquals(NotionFlow.OPEN_EXISTING, choice.options().get(1).next());
        assertEquals(Optional.of(NotionFlow.PASTE_TOKEN), FLOW.after(NotionFlow.INTEGRATION_CREATED),
                "step 5 skips step 6");
        assertEquals(Optional.of(NotionFlow.PASTE_TOKEN), FLOW.after(NotionFlow.OPEN_EXISTING),
                "step 6 falls through to step 7");
        assertEquals(NotionFlow.CREATE_INTEGRATION,
                ((ConfirmStep) FLOW.step(NotionFlow.INTEGRATION_CREATED)).repeat(), "'no' at 5 repeats 4");
        assertEquals(NotionFlow.SHARE_CONTENT,
                ((ConfirmStep) FLOW.step(NotionFlow.CONTENT_SHARED)).repeat(), "'no' at 9 repeats 8");
        assertEquals(Optional.of(NotionFlow.SHARE_CONTENT), FLOW.after(NotionFlow.PASTE_TOKEN), "7 goes on to 8");
    }

    @Test
    void aPersonalTokenGoesFromStepThreeToItsOwnSevenThenToTheCheck() {
        ChoiceStep choice = (ChoiceStep) FLOW.step(NotionFlow.HAVE_INTEGRATION);
        assertEquals(NotionFlow.PASTE_PERSONAL, choice.options().get(2).next());
        InputStep token = (InputStep) FLOW.step(NotionFlow.PASTE_PERSONAL);
        assertEquals(CredentialKind.PERSONAL, token.expects());
        assertTrue(token.text().contains("https://www.notion.so/developers/tokens"), token.text());
        assertEquals(Optional.of(NotionFlow.VERIFY_TOKEN), FLOW.after(NotionFlow.PASTE_PERSONAL),
                "a personal token needs no sharing: past 8 and 9");
    }
}
