package io.mentoringspaces.testsupport;

import org.junit.rules.ExternalResource;

/**
 * Runs a test class's transactions at SERIALIZABLE, Active Objects' own default and so the level the
 * sandbox runs at, instead of the READ COMMITTED the build sets for every other test: the strictest
 * level, where concurrent changes of one row fail with serialization failures on HSQLDB in MVCC mode
 * and on PostgreSQL alike. Use as a {@code @ClassRule}; the build's level is restored afterwards.
 */
public final class SerializableTransactions extends ExternalResource {

    /** The system property Active Objects reads each time it starts a transaction. */
    private static final String PROPERTY = "ao.transaction.isolation.level";

    private String previous;

    @Override
    protected void before() {
        previous = System.setProperty(PROPERTY, "TRANSACTION_SERIALIZABLE");
    }

    @Override
    protected void after() {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
    }
}
