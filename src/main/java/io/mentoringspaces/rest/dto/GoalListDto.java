package io.mentoringspaces.rest.dto;

import java.util.List;

/** The current goals of a page's growth plan, in page order. */
public class GoalListDto {

    private final List<GoalStateDto> goals;

    public GoalListDto(List<GoalStateDto> goals) {
        this.goals = List.copyOf(goals);
    }

    public List<GoalStateDto> getGoals() {
        return goals;
    }
}
