package dev.notionsetup.steps;

import dev.notionsetup.browser.Browser;
import dev.notionsetup.flow.StepRegistry;
import dev.notionsetup.notion.NotionClient;
import dev.notionsetup.prompt.Prompter;

import java.util.Map;

/** The standard step types, wired to the services they talk to. */
public final class NotionSteps {
    private NotionSteps() {
    }

    public static StepRegistry registry(Prompter prompter, Browser browser, boolean offerToOpen, NotionClient client) {
        Map<String, InputCheck> formats = Map.of(NotionTokenCheck.FORMAT, new NotionTokenCheck());
        return new StepRegistry()
                .register("info", spec -> new InfoStep(spec, prompter))
                .register("open-url", spec -> new OpenUrlStep(spec, prompter, browser, offerToOpen))
                .register("choice", spec -> new ChoiceStep(spec, prompter))
                .register("confirm", spec -> new ConfirmStep(spec, prompter))
                .register("input", spec -> new InputStep(spec, prompter,
                        spec.format() == null ? InputCheck.NON_BLANK : formatOf(formats, spec.format(), spec.id())))
                .register("validate", spec -> new ValidateStep(spec, prompter, client))
                .register("access", spec -> new AccessStep(spec, prompter, client))
                .register("database-id", spec -> new DatabaseStep(spec, prompter, client));
    }

    private static InputCheck formatOf(Map<String, InputCheck> formats, String format, String stepId) {
        InputCheck check = formats.get(format);
        if (check == null) {
            throw new IllegalStateException("flow step '" + stepId + "' has unknown input format '" + format + "'");
        }
        return check;
    }
}
