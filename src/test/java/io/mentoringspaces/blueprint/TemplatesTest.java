package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugin.web.ContextProvider;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.SourceFiles;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every page template the descriptor names is storage format that parses as XML with the storage
 * namespaces; its texts are i18n keys of the bundle; its variables are supplied by its context provider
 * (as the test Confluence's plugin system made it, on the real database) or are fields of a wizard; and
 * every macro it uses is declared.
 */
public class TemplatesTest extends DatabaseTest {

    /** Confluence's own macros the templates use: the create-from-template button and the Task report. */
    private static final Set<String> CONFLUENCE_MACROS = Set.of("create-from-template", "tasks-report-macro");

    private ConfluenceDouble confluence;

    @Before
    public void givenTheAppAndAPlan() {
        givenPlan("MENT");
        confluence = new ConfluenceDouble(CLOCK);
        confluence.startApp(ao);
    }

    @After
    public void stopConfluence() {
        confluence.close();
    }

    /** The content templates of the descriptor: template file by content-template key, and their providers. */
    private static List<Element> contentTemplates() throws Exception {
        NodeList nodes = SourceFiles.descriptor().document().getElementsByTagName("content-template");
        List<Element> templates = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.hasAttribute("key")) {
                templates.add(element);
            }
        }
        return templates;
    }

    private static Element child(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    /** A template read as the app reads every storage-format page. */
    private static Document parse(String location) throws Exception {
        return StorageReader.parse(Files.readString(SourceFiles.projectRoot().resolve("src/main/resources").resolve(location)));
    }

    private static List<String> attributes(Document template, String namespace, String tag, String attribute) {
        List<String> values = new ArrayList<>();
        NodeList nodes = template.getElementsByTagNameNS(namespace, tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttributeNS(namespace, attribute));
        }
        return values;
    }

    /** Names of the wizards' form fields, as the Soy templates declare them. */
    private static Set<String> wizardFields() throws Exception {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\sname=\"(\\w+)\"").matcher(
                Files.readString(SourceFiles.projectRoot().resolve("src/main/resources/soy/mentoring-wizards.soy")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    public void shouldParseEveryTemplateWithTheStorageNamespaces() throws Exception {
        List<String> locations = new ArrayList<>();
        for (Element template : contentTemplates()) {
            Element resource = child(template, "resource");
            assertEquals("template", resource.getAttribute("name"));
            locations.add(resource.getAttribute("location"));
            assertNotNull(parse(resource.getAttribute("location")));
        }
        assertEquals(List.of("templates/blueprint/space-home.xml", "templates/blueprint/growth-plan.xml",
                "templates/blueprint/meetings.xml", "templates/blueprint/feedback-log.xml", "templates/blueprint/closing-review.xml",
                "templates/blueprint/meeting.xml"),
                locations);
    }

    @Test
    public void shouldTranslateEveryTextThroughTheBundle() throws Exception {
        Properties bundle = SourceFiles.i18n();
        for (Element template : contentTemplates()) {
            Document document = parse(child(template, "resource").getAttribute("location"));
            List<String> keys = attributes(document, StorageReader.AT, "i18n", "key");
            assertTrue(template.getAttribute("key"), !keys.isEmpty());
            for (String key : keys) {
                assertTrue(template.getAttribute("key") + " uses missing key " + key, bundle.containsKey(key));
            }
        }
    }

    @Test
    public void shouldSupplyEveryVariableFromTheContextProviderOrAWizardField() throws Exception {
        Set<String> wizardFields = wizardFields();
        assertTrue(wizardFields.containsAll(List.of(WizardFields.PROGRAMME, WizardFields.MENTOR, WizardFields.MENTEE,
                WizardFields.START_DATE, WizardFields.CADENCE, WizardFields.OBJECTIVES, WizardFields.MEETING_DATE, WizardFields.AIMS,
                WizardFields.MEETING_TIME, WizardFields.MEETING_DURATION, WizardFields.MEETING_PLACE)));
        for (Element template : contentTemplates()) {
            Document document = parse(child(template, "resource").getAttribute("location"));
            Element providerElement = child(template, "context-provider");
            Set<String> supplied = new TreeSet<>(wizardFields);
            if (providerElement != null) {
                ContextProvider provider = confluence.app().contentTemplate(template.getAttribute("key")).contextProvider();
                assertEquals(providerElement.getAttribute("class"), provider.getClass().getName());
                Map<String, Object> input = new HashMap<>(Map.of("spaceKey", "MENT"));
                Set<String> before = Set.copyOf(input.keySet());
                Set<String> added = new TreeSet<>(provider.getContextMap(input).keySet());
                added.removeAll(before);
                supplied.addAll(added);
            }
            for (String variable : attributes(document, StorageReader.AT, "var", "name")) {
                assertTrue(template.getAttribute("key") + " uses unsupplied variable " + variable, supplied.contains(variable));
            }
        }
    }

    @Test
    public void shouldUseOnlyDeclaredMacros() throws Exception {
        Set<String> declared = new TreeSet<>();
        NodeList macros = SourceFiles.descriptor().document().getElementsByTagName("xhtml-macro");
        for (int i = 0; i < macros.getLength(); i++) {
            declared.add(((Element) macros.item(i)).getAttribute("name"));
        }
        declared.addAll(CONFLUENCE_MACROS);
        Set<String> used = new TreeSet<>();
        for (Element template : contentTemplates()) {
            used.addAll(attributes(parse(child(template, "resource").getAttribute("location")), StorageReader.AC,
                    "structured-macro", "name"));
        }
        assertEquals(Set.of("create-from-template", "tasks-report-macro", "mentoring-action-items", "mentoring-checklist",
                "mentoring-goal-progress", "mentoring-invitation", "mentoring-meetings", "mentoring-new-meeting", "mentoring-feedback",
                "mentoring-feedback-log", "mentoring-meeting", "mentoring-closing"), used);
        assertTrue(declared.containsAll(used));
    }
}
