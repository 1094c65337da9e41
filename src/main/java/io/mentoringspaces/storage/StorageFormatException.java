package io.mentoringspaces.storage;

/** A page body is not well-formed storage format; the message says where the parser gave up. */
public class StorageFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public StorageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
