package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The JSON body of every refusal: the HTTP status, a message for people, the field concerned and,
 * for an unexpected error (500), the id it is logged under.
 */
public class ErrorDto {

    private final int status;
    private final String message;
    private final String field;
    private final String errorId;

    public ErrorDto(int status, String message, String field, String errorId) {
        this.status = status;
        this.message = message;
        this.field = field;
        this.errorId = errorId;
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

    /** The id the error is logged under; only on 500, left out of the JSON otherwise. */
    @JsonProperty
    public String getErrorId() {
        return errorId;
    }
}
