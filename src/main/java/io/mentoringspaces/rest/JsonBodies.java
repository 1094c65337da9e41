package io.mentoringspaces.rest;

import io.mentoringspaces.rest.dto.TextFields;
import io.mentoringspaces.service.InputGate;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.service.TooLargeException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The gate every REST request body passes, whichever JSON provider the host reads it with. A body
 * that declares more than {@link Limits#BODY_BYTES} bytes is refused (413) before any of it is read,
 * so a client that asked to {@code Expect: 100-continue} never sends it. While a body is read it may
 * hold at most {@link Limits#BODY_BYTES} bytes (413, refused as soon as the limit is passed, so a
 * large body is never read to its end) and nest objects and arrays at most {@link Limits#BODY_DEPTH}
 * deep (400). Once read, every text in it passes the {@link InputGate}, named by the member of the
 * JSON object it stands in.
 */
@Provider
public class JsonBodies implements ContainerRequestFilter, ReaderInterceptor {

    /** Refuses a body that declares a length beyond the limit, before the container asks the client for it. */
    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > Limits.BODY_BYTES) {
            throw tooLarge();
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        LimitedJson body = new LimitedJson(context.getInputStream());
        context.setInputStream(body);
        Object entity;
        try {
            entity = context.proceed();
        } catch (IOException | RuntimeException e) {
            body.throwIfBeyondLimits();
            throw e;
        }
        body.throwIfBeyondLimits();
        check(entity);
        return entity;
    }

    /** A body is a JSON object read into a map, or into a class that lists its texts or has none (RestBodyTypesTest). */
    private static void check(Object entity) {
        if (entity instanceof Map<?, ?> object) {
            InputGate.checkFields(object);
        } else if (entity instanceof TextFields fields) {
            fields.texts().forEach(InputGate::check);
        }
    }

    private static TooLargeException tooLarge() {
        return new TooLargeException("mentoring.rest.error.too.large", Limits.BODY_BYTES);
    }

    /**
     * The body as the JSON provider reads it, counting bytes and following how deeply objects and
     * arrays nest outside strings. Beyond a limit it stops reading with an {@link IOException} (which
     * JSON parsers pass on rather than wrap) and remembers the refusal, so that the refusal is
     * answered however the provider reports the failure.
     */
    static final class LimitedJson extends FilterInputStream {

        private long read;
        private int depth;
        private boolean inString;
        private boolean escaped;
        private RuntimeException refusal;

        LimitedJson(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                follow((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                follow(buffer[offset + i]);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n && read() >= 0) {
                skipped++;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** Bytes of a multi-byte UTF-8 character are never quotes, backslashes or brackets, so bytes can be followed one by one. */
        private void follow(byte b) throws IOException {
            if (++read > Limits.BODY_BYTES) {
                stop(tooLarge());
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if ((b == '{' || b == '[') && ++depth > Limits.BODY_DEPTH) {
                stop(new InvalidInputException(null, "mentoring.rest.error.json.depth", Limits.BODY_DEPTH));
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }

        private void stop(RuntimeException why) throws IOException {
            refusal = why;
            throw new IOException(why.getMessage());
        }

        void throwIfBeyondLimits() {
            if (refusal != null) {
                throw refusal;
            }
        }
    }
}
