package io.mentoringspaces.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts the SQL statements executed through {@link CountingDriver} while a recording is open:
 * {@code try (StatementCounter.Recording r = StatementCounter.record()) { ...; r.count(); }}.
 */
public final class StatementCounter {

    private static final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean recording;

    private StatementCounter() {
    }

    public static Recording record() {
        CountingDriver.install();
        statements.clear();
        recording = true;
        return new Recording();
    }

    static void executed(String sql) {
        if (recording) {
            statements.add(sql);
        }
    }

    /** An open recording; closing it stops counting. */
    public static final class Recording implements AutoCloseable {

        private Recording() {
        }

        public int count() {
            return statements.size();
        }

        public List<String> statements() {
            synchronized (statements) {
                return List.copyOf(statements);
            }
        }

        @Override
        public void close() {
            recording = false;
        }
    }
}
