package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One field's refusal within a refusal of several fields: the field and a message for people. */
public class FieldErrorDto {

    private final String field;
    private final String message;

    public FieldErrorDto(String field, String message) {
        this.field = field;
        this.message = message;
    }

    @JsonProperty
    public String getField() {
        return field;
    }

    @JsonProperty
    public String getMessage() {
        return message;
    }
}
