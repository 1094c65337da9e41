package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mentoringspaces.index.RebuildResult;
import java.util.List;

/** What rebuilding a space's index did. */
public class RebuildDto {

    private final RebuildResult result;

    public RebuildDto(RebuildResult result) {
        this.result = result;
    }

    @JsonProperty
    public int getMeetingsLinked() {
        return result.meetingsLinked();
    }

    @JsonProperty
    public int getMeetingsTrashed() {
        return result.meetingsTrashed();
    }

    @JsonProperty
    public int getMeetingsUnlinked() {
        return result.meetingsUnlinked();
    }

    /** Id of the growth-plan page the goals were read from; 0 when the space has none. */
    @JsonProperty
    public long getGrowthPlanPageId() {
        return result.growthPlanPageId();
    }

    @JsonProperty
    public int getGoals() {
        return result.goals();
    }

    /** Ids of the pages skipped because they could not be read or applied (no titles); empty when none. */
    @JsonProperty
    public List<Long> getSkippedPages() {
        return result.skippedPages();
    }
}
