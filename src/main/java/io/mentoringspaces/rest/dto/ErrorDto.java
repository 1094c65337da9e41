package io.mentoringspaces.rest.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON body of every refusal: the HTTP status, a message for people, the field concerned and,
 * for an unexpected error (500), the id it is logged under; when several fields are refused at once,
 * each field's refusal.
 */
public class ErrorDto {

    private final int status;
    private final String message;
    private final String field;
    private final String errorId;
    private final List<FieldErrorDto> errors;

    public ErrorDto(int status, String message, String field, String errorId) {
        this(status, message, field, errorId, null);
    }

    public ErrorDto(int status, String message, String field, String errorId, List<FieldErrorDto> errors) {
        this.status = status;
        this.message = message;
        this.field = field;
        this.errorId = errorId;
        this.errors = errors;
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

    /**
     * Every field's refusal when the input's fields are checked together (programme administration);
     * left out of the JSON otherwise. {@code field} and {@code message} repeat the first.
     */
    @JsonProperty
    public List<FieldErrorDto> getErrors() {
        return errors;
    }
}
