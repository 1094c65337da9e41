package io.mentoringspaces.rest.dto;

/** One item of a checklist: its key and whether it is ticked. */
public class ChecklistItemDto {

    private final String key;
    private final boolean done;

    public ChecklistItemDto(String key, boolean done) {
        this.key = key;
        this.done = done;
    }

    public String getKey() {
        return key;
    }

    public boolean isDone() {
        return done;
    }
}
