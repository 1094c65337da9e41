package io.mentoringspaces.confluence;

import io.mentoringspaces.testsupport.CommittedRows;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.MentoringSpace;
import java.nio.file.Path;
import java.util.Map;
import org.junit.After;
import org.junit.Before;

/**
 * Tests of the test Confluence's pages for people: the app started in it with one mentoring space and
 * its plan, and its web site served (mia may switch to the mentee's part), closed after each test.
 * Subclasses add the pages they need in their own {@code @Before}.
 */
public abstract class SiteTestBase extends DatabaseTest {

    protected ConfluenceDouble confluence;
    protected WebServer web;

    @Before
    public void startSite() {
        confluence = new ConfluenceDouble(CLOCK, () -> web.baseUrl());
        confluence.startApp(ao);
        MentoringSpace.givenConfluence(confluence);
        MentoringSpace.givenPlan(ao, programmes, plans);
        web = confluence.serveSite(new Site(0, Path.of("node_modules"), "Test Confluence", null, Map.of("mia", "mentee")));
    }

    @After
    public void stopSite() {
        web.close();
        confluence.close();
        CommittedRows.deleteAll(ao);
    }
}
