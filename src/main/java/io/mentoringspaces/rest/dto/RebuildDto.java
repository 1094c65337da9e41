package io.mentoringspaces.rest.dto;

import io.mentoringspaces.index.RebuildResult;
import java.util.List;

/** What rebuilding a space's index did. */
public class RebuildDto {

    private final RebuildResult result;

    public RebuildDto(RebuildResult result) {
        this.result = result;
    }

    public int getMeetingsLinked() {
        return result.meetingsLinked();
    }

    public int getMeetingsTrashed() {
        return result.meetingsTrashed();
    }

    public int getMeetingsUnlinked() {
        return result.meetingsUnlinked();
    }

    /** Id of the growth-plan page the goals were read from; 0 when the space has none. */
    public long getGrowthPlanPageId() {
        return result.growthPlanPageId();
    }

    public int getGoals() {
        return result.goals();
    }

    /** Ids of the pages skipped because they could not be read or applied (no titles); empty when none. */
    public List<Long> getSkippedPages() {
        return result.skippedPages();
    }
}
