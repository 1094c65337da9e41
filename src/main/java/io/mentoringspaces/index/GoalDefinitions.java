package io.mentoringspaces.index;

import io.mentoringspaces.model.GoalDefinition;
import io.mentoringspaces.model.GoalStatus;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.storage.GoalMacro;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the goal macros of a growth-plan page into the definitions of the goal index. A goal the index
 * cannot hold (no title, a malformed key, a title or target too long, a key used by an earlier goal on
 * the page) is left out, and a due date or status that cannot be read is dropped; each such case is
 * reported as a problem, so that one bad macro never blocks the others.
 */
public final class GoalDefinitions {

    /** The definitions in page order, and what was left out or dropped, for the log. */
    public record Result(List<GoalDefinition> definitions, List<String> problems) {

        public Result {
            definitions = List.copyOf(definitions);
            problems = List.copyOf(problems);
        }
    }

    private GoalDefinitions() {
    }

    public static Result from(List<GoalMacro> macros) {
        List<GoalDefinition> definitions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int position = 0;
        for (GoalMacro macro : macros) {
            position++;
            String key = macro.effectiveKey();
            if (macro.title() == null) {
                problems.add("goal " + position + " has no title and was left out");
            } else if (!Limits.TOKEN.matcher(key).matches()) {
                problems.add("goal " + position + " has a malformed goal key and was left out");
            } else if (!keys.add(key)) {
                problems.add("goal " + position + " repeats the goal key " + key + " and was left out");
            } else if (macro.title().length() > Limits.GOAL_TITLE) {
                problems.add("goal " + position + " has a title longer than " + Limits.GOAL_TITLE + " characters and was left out");
            } else if (macro.target() != null && macro.target().length() > Limits.GOAL_TARGET) {
                problems.add("goal " + position + " has a target longer than " + Limits.GOAL_TARGET + " characters and was left out");
            } else if (definitions.size() == Limits.GOALS_PER_PLAN) {
                problems.add("goal " + position + " is beyond the " + Limits.GOALS_PER_PLAN + " goals a plan can have and was left out");
            } else {
                definitions.add(new GoalDefinition(key, macro.title(), macro.target(), dueDate(macro, position, problems),
                        status(macro, position, problems)));
            }
        }
        return new Result(definitions, problems);
    }

    private static LocalDate dueDate(GoalMacro macro, int position, List<String> problems) {
        if (macro.dueDate() == null) {
            return null;
        }
        LocalDate date = parseDate(macro.dueDate());
        if (date == null || date.isBefore(Limits.EARLIEST_DATE) || date.isAfter(Limits.LATEST_DATE)) {
            problems.add("goal " + position + " has an unreadable due date, which was dropped");
            return null;
        }
        return date;
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static GoalStatus status(GoalMacro macro, int position, List<String> problems) {
        if (macro.status() == null) {
            return GoalStatus.NOT_STARTED;
        }
        GoalStatus status = GoalStatus.parse(macro.status());
        if (status == null) {
            problems.add("goal " + position + " has an unknown status, read as not started");
            return GoalStatus.NOT_STARTED;
        }
        return status;
    }
}
