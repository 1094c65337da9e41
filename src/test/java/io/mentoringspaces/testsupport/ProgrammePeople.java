package io.mentoringspaces.testsupport;

import io.mentoringspaces.confluence.ConfluenceDouble;

/**
 * The people around programmes in the test Confluence: a Confluence administrator ({@code admin}),
 * the coordinators of programme {@code grad} ({@code carol}, group {@code coordinators-grad}) and of
 * programme {@code other} ({@code olga}, group {@code coordinators-other}), and a user who coordinates
 * nothing ({@code nina}); all of them may use Confluence.
 */
public final class ProgrammePeople {

    private ProgrammePeople() {
    }

    public static void givenConfluence(ConfluenceDouble confluence) {
        confluence.user("admin", "Ada Admin");
        confluence.administrator("admin");
        confluence.user("carol", "Carol Coordinator");
        confluence.user("olga", "Olga Other");
        confluence.user("nina", "Nina Nobody");
        confluence.group("coordinators-grad", "carol");
        confluence.group("coordinators-other", "olga");
    }
}
