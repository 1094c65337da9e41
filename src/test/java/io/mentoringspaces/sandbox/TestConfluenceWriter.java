package io.mentoringspaces.sandbox;

import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.demo.DemoWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes the demo into the sandbox's test Confluence, in this process: users and groups into its
 * directory, spaces and pages through its create-content plugin and editor (with Confluence's events,
 * which the app's listeners handle), each change made by the user it names, on the day the demo says
 * (the sandbox's clock is turned back to 10:00 that day).
 */
final class TestConfluenceWriter implements DemoWriter {

    private final ConfluenceDouble confluence;
    private final SandboxClock clock;

    TestConfluenceWriter(ConfluenceDouble confluence, SandboxClock clock) {
        this.confluence = confluence;
        this.clock = clock;
    }

    @Override
    public void user(String name, String fullName) {
        confluence.user(name, fullName);
    }

    @Override
    public String userKey(String name) {
        return confluence.user(name).getKey().getStringValue();
    }

    @Override
    public void group(String group, List<String> members) {
        confluence.group(group, members.toArray(String[]::new));
    }

    @Override
    public void administrator(String name) {
        confluence.administrator(name);
    }

    @Override
    public void on(LocalDate day) {
        clock.set(day.atTime(LocalTime.of(10, 0)).atZone(ZoneId.systemDefault()).toInstant());
    }

    @Override
    public void createSpace(String user, String spaceBlueprintKey, String key, String name, Map<String, Object> fields) {
        as(user, () -> confluence.createContent().createSpace(spaceBlueprintKey, key, name, fields));
    }

    @Override
    public DemoPage homePage(String spaceKey) {
        return demoPage(confluence.space(spaceKey).getHomePage());
    }

    @Override
    public DemoPage page(String spaceKey, String title) {
        Page page = confluence.content().currentPage(spaceKey, title);
        if (page == null) {
            throw new IllegalStateException(spaceKey + " has no page " + title);
        }
        return demoPage(page);
    }

    @Override
    public void updatePage(String user, DemoPage page, String body) {
        as(user, () -> {
            confluence.editor().saveNewVersion(confluence.page(page.id()), body);
            return null;
        });
    }

    @Override
    public DemoPage createPage(String user, String blueprintKey, String spaceKey, DemoPage parent, Map<String, Object> fields) {
        return demoPage(as(user, () -> confluence.createContent().createPage(blueprintKey, confluence.space(spaceKey),
                confluence.page(parent.id()), fields)));
    }

    private static DemoPage demoPage(Page page) {
        return new DemoPage(page.getId(), page.getTitle(), page.getBodyAsString());
    }

    private <T> T as(String user, Supplier<T> change) {
        confluence.loginAs(user);
        try {
            return change.get();
        } finally {
            confluence.loginAs(null);
        }
    }
}
