package io.mentoringspaces.rest.dto;

import java.util.Map;

/** A request body read into a class of its own: its texts by field name, for the REST module's input gate. */
public interface TextFields {

    /** Every text of the body (absent ones may be left out or null). */
    Map<String, String> texts();
}
