package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.service.TooLargeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** How the body gate follows a body while the JSON provider reads it: bytes counted, nesting followed outside strings. */
public class JsonBodiesTest {

    /** A body that never ends: its first bytes, then {@code filler} for ever; counts what was read of it. */
    private static final class Endless extends InputStream {

        private final byte[] start;
        private final byte filler;
        private long read;

        Endless(String start, char filler) {
            this.start = start.getBytes(StandardCharsets.US_ASCII);
            this.filler = (byte) filler;
        }

        @Override
        public int read() {
            int next = read < start.length ? start[(int) read] : filler;
            read++;
            return next;
        }
    }

    /** Reads the body through the gate in 8 KB chunks, as a parser does, until the gate stops it; answers the refusal. */
    private static MentoringException readThrough(InputStream body) {
        JsonBodies.LimitedJson limited = new JsonBodies.LimitedJson(body);
        byte[] buffer = new byte[8192];
        IOException stopped = assertThrows(IOException.class, () -> {
            while (limited.read(buffer, 0, buffer.length) >= 0) {
                continue;
            }
        });
        return assertThrows(stopped.getMessage(), MentoringException.class, limited::throwIfBeyondLimits);
    }

    @Test
    public void shouldStopAnEndlessBodyOnceItPassesTheLimitWithoutReadingMuchFurther() {
        Endless body = new Endless("{\"note\": \"", 'x');

        assertEquals(TooLargeException.class, readThrough(body).getClass());
        assertEquals(true, body.read <= Limits.BODY_BYTES + 8192);
    }

    @Test
    public void shouldStopAnEndlessNestingOnceItPassesTheDepthLimit() {
        Endless body = new Endless("", '[');

        MentoringException refusal = readThrough(body);

        assertEquals(InvalidInputException.class, refusal.getClass());
        assertEquals("The request body nests objects and arrays more than 20 levels deep.", refusal.getMessage());
        assertEquals(true, body.read <= 8192);
    }

    @Test
    public void shouldNotCountBracketsInsideStringsNorEscapedQuotes() throws IOException {
        String json = "{\"a\": \"" + "[{\\\"[".repeat(50) + "\", \"b\": " + "[".repeat(19) + "]".repeat(19) + "}";
        JsonBodies.LimitedJson limited = new JsonBodies.LimitedJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertEquals(json, new String(limited.readAllBytes(), StandardCharsets.UTF_8));
        limited.throwIfBeyondLimits();
    }
}
