package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The current goals of a page's growth plan, in page order. */
public class GoalListDto {

    private final List<GoalStateDto> goals;

    public GoalListDto(List<GoalStateDto> goals) {
        this.goals = List.copyOf(goals);
    }

    @JsonProperty
    public List<GoalStateDto> getGoals() {
        return goals;
    }
}
