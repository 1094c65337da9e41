package io.mentoringspaces.blueprint;

import io.mentoringspaces.model.GoalKeys;
import io.mentoringspaces.storage.MacroNames;
import java.util.List;

/**
 * Writes the storage format of the goal macros a blueprint puts on a page; every text is escaped,
 * and one XML cannot hold is refused ({@link StorageWriter}).
 */
final class GoalMacroWriter {

    private GoalMacroWriter() {
    }

    /** One not-started goal per objective (of the wizard's first objectives), keyed by its title, with an empty body for the steps. */
    static String goals(List<String> objectives, String stepsPlaceholder) {
        String field = WizardFields.OBJECTIVES;
        StringBuilder xml = new StringBuilder();
        for (String objective : objectives) {
            xml.append("<ac:structured-macro ac:name=\"").append(MacroNames.GOAL).append("\">")
                    .append(parameter(MacroNames.GOAL_KEY, GoalKeys.fromTitle(objective), field))
                    .append(parameter(MacroNames.TITLE, objective, field))
                    .append(parameter(MacroNames.STATUS, "not-started", field))
                    .append("<ac:rich-text-body><p><ac:placeholder>").append(StorageWriter.text(field, stepsPlaceholder))
                    .append("</ac:placeholder></p></ac:rich-text-body></ac:structured-macro>");
        }
        return xml.toString();
    }

    /** The goal-progress macro of one goal. */
    static String goalProgress(String goalKey) {
        return "<ac:structured-macro ac:name=\"" + MacroNames.GOAL_PROGRESS + "\">"
                + parameter(MacroNames.GOAL_KEY, goalKey, MacroNames.GOAL_KEY) + "</ac:structured-macro>";
    }

    /** A macro parameter; {@code field} is the input its value comes from. */
    private static String parameter(String name, String value, String field) {
        return "<ac:parameter ac:name=\"" + name + "\">" + StorageWriter.text(field, value) + "</ac:parameter>";
    }
}
