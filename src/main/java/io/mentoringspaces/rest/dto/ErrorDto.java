package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON body of every refusal: the HTTP status, a message for people and the field concerned. */
public class ErrorDto {

    private final int status;
    private final String message;
    private final String field;

    public ErrorDto(int status, String message, String field) {
        this.status = status;
        this.message = message;
        this.field = field;
    }

    @JsonProperty
    public int getStatus() {
        return status;
    }

    @JsonProperty
    public String getMessage() {
        return message;
    }

    /** The input field at fault; left out of the JSON when the refusal concerns the whole request. */
    @JsonProperty
    public String getField() {
        return field;
    }
}
