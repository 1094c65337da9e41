package io.mentoringspaces.blueprint;

import io.mentoringspaces.model.GoalKeys;

import io.mentoringspaces.storage.MacroNames;
import io.mentoringspaces.storage.StorageMarkup;
import java.util.List;

/** Writes the storage format of the goal macros a blueprint puts on a page; every text is escaped. */
final class GoalMacroWriter {

    private GoalMacroWriter() {
    }

    /** One not-started goal per objective, keyed by its title, with an empty body for the steps. */
    static String goals(List<String> objectives, String stepsPlaceholder) {
        StringBuilder xml = new StringBuilder();
        for (String objective : objectives) {
            xml.append("<ac:structured-macro ac:name=\"").append(MacroNames.GOAL).append("\">")
                    .append(parameter(MacroNames.GOAL_KEY, GoalKeys.fromTitle(objective)))
                    .append(parameter(MacroNames.TITLE, objective))
                    .append(parameter(MacroNames.STATUS, "not-started"))
                    .append("<ac:rich-text-body><p><ac:placeholder>").append(StorageMarkup.escape(stepsPlaceholder))
                    .append("</ac:placeholder></p></ac:rich-text-body></ac:structured-macro>");
        }
        return xml.toString();
    }

    /** The goal-progress macro of one goal. */
    static String goalProgress(String goalKey) {
        return "<ac:structured-macro ac:name=\"" + MacroNames.GOAL_PROGRESS + "\">" + parameter(MacroNames.GOAL_KEY, goalKey)
                + "</ac:structured-macro>";
    }

    private static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + StorageMarkup.escape(value) + "</ac:parameter>";
    }
}
