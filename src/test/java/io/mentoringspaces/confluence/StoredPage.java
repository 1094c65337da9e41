package io.mentoringspaces.confluence;

import com.atlassian.confluence.pages.Page;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A page as the test Confluence keeps it: Confluence's page, counting how often its body (the storage
 * format) is read, so that a test can see how often the app reads it.
 */
final class StoredPage extends Page {

    private final AtomicInteger bodyReads = new AtomicInteger();

    @Override
    public String getBodyAsString() {
        bodyReads.incrementAndGet();
        return super.getBodyAsString();
    }

    int bodyReads() {
        return bodyReads.get();
    }
}
