package com.atlassian.templaterenderer;

/** Host-API declaration (atlassian-template-renderer-api): a template failed to render. */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderingException(String message) {
        super(message);
    }

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
