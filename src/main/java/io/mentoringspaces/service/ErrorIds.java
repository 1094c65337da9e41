package io.mentoringspaces.service;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an unexpected error leaves behind: its stack trace in the log under an error id, and that id
 * for the user, so that an administrator can find the one from the other. The user is told nothing
 * else of it.
 */
public final class ErrorIds {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorIds.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorIds() {
    }

    /** Logs {@code error} with a new error id, and answers the id. */
    public static String log(Throwable error) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        LOG.error("Unexpected error, error id {}", id, error);
        return id;
    }
}
