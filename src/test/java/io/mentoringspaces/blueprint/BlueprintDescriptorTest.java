package io.mentoringspaces.blueprint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.testsupport.SourceFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The blueprint modules of the descriptor refer to each other, to files and to Soy templates that exist. */
public class BlueprintDescriptorTest {

    private static final Path RESOURCES = SourceFiles.projectRoot().resolve("src/main/resources");

    private static List<Element> elements(String tag) throws Exception {
        Document descriptor = SourceFiles.descriptor().document();
        NodeList nodes = descriptor.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Set<String> keys(String tag) throws Exception {
        Set<String> keys = new TreeSet<>();
        for (Element element : elements(tag)) {
            if (element.hasAttribute("key")) {
                keys.add(element.getAttribute("key"));
            }
        }
        return keys;
    }

    @Test
    public void shouldReferOnlyToDeclaredContentTemplatesAndBlueprints() throws Exception {
        Set<String> templates = keys("content-template");
        for (Element ref : elements("content-template")) {
            if (ref.hasAttribute("ref")) {
                assertTrue(ref.getAttribute("ref"), templates.contains(ref.getAttribute("ref")));
            }
        }
        for (Element blueprint : elements("blueprint")) {
            if (blueprint.hasAttribute("ref")) {
                assertTrue(blueprint.getAttribute("ref"), blueprint.getAttribute("ref").startsWith(PluginKeys.PLUGIN_KEY + ":"));
                assertTrue(keys("blueprint").contains(blueprint.getAttribute("ref").substring(PluginKeys.PLUGIN_KEY.length() + 1)));
            } else {
                assertTrue(templates.contains(blueprint.getAttribute("content-template-key")));
            }
        }
        assertEquals(Set.of("growth-plan-blueprint", "meeting-blueprint", "closing-review-blueprint"), keys("blueprint"));
        assertEquals(BlueprintKeys.MEETING_BLUEPRINT, PluginKeys.PLUGIN_KEY + ":meeting-blueprint");
        assertEquals(BlueprintKeys.CLOSING_REVIEW_BLUEPRINT, PluginKeys.PLUGIN_KEY + ":closing-review-blueprint");
        assertEquals(Set.of(BlueprintKeys.SPACE_BLUEPRINT.substring(PluginKeys.PLUGIN_KEY.length() + 1)), keys("space-blueprint"));
    }

    @Test
    public void shouldLabelMeetingAndGrowthPlanPagesWithTheIndexsLabels() throws Exception {
        List<String> indexKeys = new ArrayList<>();
        for (Element blueprint : elements("blueprint")) {
            if (blueprint.hasAttribute("index-key")) {
                indexKeys.add(blueprint.getAttribute("key") + "=" + blueprint.getAttribute("index-key"));
            }
        }
        assertEquals(List.of("growth-plan-blueprint=mentoring-growth-plan", "meeting-blueprint=mentoring-meeting",
                "closing-review-blueprint=mentoring-closing-review"), indexKeys);
    }

    @Test
    public void shouldBindEachCreateItemToABlueprintWithA200By150Preview() throws Exception {
        Set<String> blueprints = new TreeSet<>(keys("blueprint"));
        blueprints.addAll(keys("space-blueprint"));
        List<String> bound = new ArrayList<>();
        for (Element item : elements("web-item")) {
            if (!item.getAttribute("section").startsWith("system.create.")) {
                continue;
            }
            Element param = (Element) item.getElementsByTagName("param").item(0);
            assertEquals("blueprintKey", param.getAttribute("name"));
            assertTrue(blueprints.contains(param.getAttribute("value")));
            bound.add(item.getAttribute("section") + " " + param.getAttribute("value"));
            Element icon = (Element) item.getElementsByTagName("resource").item(0);
            assertEquals("icon", icon.getAttribute("name"));
            BufferedImage image = ImageIO.read(RESOURCES.resolve(icon.getAttribute("location")).toFile());
            assertEquals(200, image.getWidth());
            assertEquals(150, image.getHeight());
        }
        assertEquals(List.of("system.create.dialog/content growth-plan-blueprint", "system.create.dialog/content meeting-blueprint",
                "system.create.dialog/content closing-review-blueprint", "system.create.space.dialog/content mentoring-space-blueprint"),
                bound);
    }

    @Test
    public void shouldNameWizardPagesAfterSoyTemplatesAndScriptsAfterTheirCreateItems() throws Exception {
        String soy = Files.readString(RESOURCES.resolve("soy/mentoring-wizards.soy"));
        Matcher namespace = Pattern.compile("\\{namespace ([\\w.]+)\\}").matcher(soy);
        assertTrue(namespace.find());
        for (Element page : elements("dialog-page")) {
            String templateKey = page.getAttribute("template-key");
            assertTrue(templateKey, templateKey.startsWith(namespace.group(1) + "."));
            assertTrue(templateKey, soy.contains("{template ." + templateKey.substring(namespace.group(1).length() + 1) + "}"));
            String script = page.getAttribute("id").equals("mentoringSpacePage") ? "js/mentoring-space-wizard.js"
                    : "js/mentoring-meeting-wizard.js";
            String js = Files.readString(RESOURCES.resolve(script));
            assertTrue(script, js.contains("'" + page.getAttribute("id") + "'"));
        }
        assertTrue(Files.readString(RESOURCES.resolve("js/mentoring-space-wizard.js"))
                .contains("'" + PluginKeys.PLUGIN_KEY + ":mentoring-space-create-item'"));
        assertTrue(Files.readString(RESOURCES.resolve("js/mentoring-meeting-wizard.js"))
                .contains("'" + PluginKeys.PLUGIN_KEY + ":meeting-create-item'"));
    }

    /** The space events carry the wizard's fields, not a public blueprint key: the wizard adds it to them. */
    @Test
    public void shouldSendTheSpaceBlueprintsKeyWithTheSpaceWizardsFields() throws Exception {
        String spaceWizard = Files.readString(RESOURCES.resolve("js/mentoring-space-wizard.js"));
        assertTrue(spaceWizard.contains("var SPACE_BLUEPRINT = '" + BlueprintKeys.SPACE_BLUEPRINT + "';"));
        assertTrue(spaceWizard.contains("state.pageData." + WizardFields.SPACE_BLUEPRINT + " = SPACE_BLUEPRINT;"));
    }

    @Test
    public void shouldShipEveryWebResourceFileInItsContext() throws Exception {
        List<String> contexts = new ArrayList<>();
        for (Element resource : elements("web-resource")) {
            if (!resource.getAttribute("key").endsWith("-wizard-resources")) {
                continue;
            }
            NodeList files = resource.getElementsByTagName("resource");
            for (int i = 0; i < files.getLength(); i++) {
                String location = ((Element) files.item(i)).getAttribute("location");
                assertTrue(location, Files.isRegularFile(RESOURCES.resolve(location)));
            }
            contexts.add(resource.getElementsByTagName("context").item(0).getTextContent());
        }
        assertEquals(List.of("create-space", "create-content"), contexts);
    }
}
