package io.mentoringspaces.rest.dto;

/** The JSON body that archives ({@code true}) or restores ({@code false}) a programme. */
public class ArchiveDto {

    private Boolean archived;

    public Boolean getArchived() {
        return archived;
    }

    public void setArchived(Boolean archived) {
        this.archived = archived;
    }
}
