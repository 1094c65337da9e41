package com.atlassian.confluence.macro;

/** Host-API declaration (confluence): a macro could not render. */
public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    public MacroExecutionException() {
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
