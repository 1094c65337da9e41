package io.mentoringspaces.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Confluence the demo is written into, as people would use it: its directory, the create-content
 * plugin's blueprints and the editor. The sandbox writes into the test Confluence in the same process
 * (and turns its clock back to the day each change happened); {@link ConfluenceRestWriter} writes into a
 * real Confluence through its REST API. Changes are made by the user each call names.
 */
public interface DemoWriter {

    /** A page as the demo reads it: id, title and storage-format body. */
    record DemoPage(long id, String title, String body) {
    }

    /** A user who may use Confluence, with their full name. */
    void user(String name, String fullName);

    /** The user key Confluence gave the user, as pages mention them ({@code ri:userkey}). */
    String userKey(String name);

    /** A group with these members. */
    void group(String group, List<String> members);

    /** Makes the user a Confluence administrator. */
    void administrator(String name);

    /** The changes that follow happen on {@code day} (a writer that cannot turn the clock back makes them today). */
    void on(LocalDate day);

    /** A space made by {@code user} from the space blueprint with the wizard's {@code fields}. */
    void createSpace(String user, String spaceBlueprintKey, String key, String name, Map<String, Object> fields);

    /** The space's home page. */
    DemoPage homePage(String spaceKey);

    /** The current page of the space with that title. */
    DemoPage page(String spaceKey, String title);

    /** A new version of the page with {@code body}, published by {@code user} in the editor. */
    void updatePage(String user, DemoPage page, String body);

    /** A page made by {@code user} from the page blueprint with the wizard's {@code fields}, below {@code parent}. */
    DemoPage createPage(String user, String blueprintKey, String spaceKey, DemoPage parent, Map<String, Object> fields);
}
