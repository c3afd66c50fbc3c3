package dev.notionsetup.flow;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The declared flow is the seed's: ten steps, its types in order, its texts, its branch at step 3. */
class NotionFlowDefinitionTest {
    private final FlowDefinition flow = FlowLoader.load(FlowLoader.NOTION_FLOW);

    @Test
    void tenStepsOfTheSeedsTypesInOrderThenTheUnnumberedChecks() {
        assertEquals(10, flow.total());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 0),
                flow.steps().stream().map(StepSpec::number).toList());
        assertEquals(List.of("info", "open-url", "choice", "info", "confirm", "info", "input", "info", "confirm",
                "validate", "access", "database-id"), flow.steps().stream().map(StepSpec::type).toList());
        assertEquals("Checking what your integration can see", flow.steps().get(10).heading(10));
    }

    @Test
    void textsAreTheSeeds() {
        StepSpec token = flow.steps().get(6);
        assertEquals("Under 'Internal Integration Secret' in the Configuration tab, click 'Show' and copy the token."
                + " Paste it here:", token.text());
        assertEquals("NOTION_API_KEY", token.variable());
        StepSpec validate = flow.steps().get(9);
        assertEquals("Checking your integration token works...", validate.text());
        assertEquals("Integration token verified. Notion API is ready.", validate.success());
        assertEquals("https://www.notion.so/profile/integrations/internal", flow.steps().get(1).url());
        assertEquals(6, flow.thingsToKnow().size());
    }

    @Test
    void branchAtStepThreeLeadsToFourOrSixAndBothReachSeven() {
        StepSpec choice = flow.steps().get(2);
        assertEquals(List.of("Create a new integration", "Use an existing integration"),
                choice.options().stream().map(StepSpec.Option::label).toList());
        assertEquals("create-integration", choice.options().get(0).next());
        assertEquals("open-existing", choice.options().get(1).next());
        assertEquals("paste-token", flow.steps().get(4).next(), "step 5 skips step 6");
        assertEquals(null, flow.steps().get(5).next(), "step 6 falls through to step 7");
    }
}
