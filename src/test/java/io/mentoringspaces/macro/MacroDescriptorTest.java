package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.macro.Macro;
import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.testsupport.SourceFiles;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the macro browser and the web-resource manager read from the descriptor: icons, categories,
 * typed parameters, the i18n keys Confluence derives for labels and descriptions, and the web
 * resources the macros ask for.
 */
public class MacroDescriptorTest {

    private static final Set<String> CATEGORIES = Set.of("formatting", "confluence-content", "media", "visuals", "navigation",
            "external-content", "communication", "reporting", "admin", "development", "hidden-macros");
    private static final Set<String> PARAMETER_TYPES = Set.of("string", "boolean", "username", "enum", "int", "spacekey",
            "relativedate", "percentage", "confluence-content", "url", "color", "attachment", "full_attachment", "label",
            "date", "group", "cql");

    private static List<Element> macros() throws Exception {
        return SourceFiles.elements(SourceFiles.descriptor().document().getDocumentElement(), "xhtml-macro");
    }

    @Test
    public void shouldDeclareTheMacrosOfTheSharedContract() throws Exception {
        List<String> names = macros().stream().map(m -> m.getAttribute("name")).toList();
        assertEquals(List.of("mentoring-goal", "mentoring-goal-progress", "mentoring-checklist", "mentoring-meetings",
                "mentoring-invitation", "mentoring-closing", "mentoring-new-meeting", "mentoring-action-items", "mentoring-activity", "mentoring-feedback",
                "mentoring-feedback-log", "mentoring-meeting", "mentoring-programme-report", "mentoring-my-pairs"), names);
        for (Element macro : macros()) {
            assertTrue(macro.getAttribute("class"), Macro.class.isAssignableFrom(Class.forName(macro.getAttribute("class"))));
            assertEquals(List.of("mobile"), SourceFiles.elements(macro, "device-type").stream().map(Element::getTextContent).toList());
        }
    }

    @Test
    public void shouldGiveEveryMacroBrowserLabelAndDescriptionATextInTheBundle() throws Exception {
        Properties bundle = SourceFiles.i18n();
        Set<String> missing = new TreeSet<>();
        int keys = 0;
        for (Element macro : macros()) {
            String prefix = PluginKeys.PLUGIN_KEY + "." + macro.getAttribute("name");
            List<String> implied = new ArrayList<>(List.of(prefix + ".label", prefix + ".desc"));
            for (Element parameter : SourceFiles.elements(macro, "parameter")) {
                implied.add(prefix + ".param." + parameter.getAttribute("name") + ".label");
                implied.add(prefix + ".param." + parameter.getAttribute("name") + ".desc");
            }
            for (String key : implied) {
                keys++;
                if (!bundle.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing);
        assertEquals(14 * 2 + 8 * 2 + 2 + 2 + 3 * 2, keys);
    }

    @Test
    public void shouldCategoriseAndTypeEveryMacroForTheMacroBrowser() throws Exception {
        for (Element macro : macros()) {
            assertTrue(macro.getAttribute("name"), SourceFiles.elements(macro, "parameters").size() == 1);
            assertTrue(macro.getAttribute("name"), !SourceFiles.elements(macro, "category").isEmpty());
            for (Element category : SourceFiles.elements(macro, "category")) {
                assertTrue(category.getAttribute("name"), CATEGORIES.contains(category.getAttribute("name")));
            }
            for (Element parameter : SourceFiles.elements(macro, "parameter")) {
                assertTrue(parameter.getAttribute("type"), PARAMETER_TYPES.contains(parameter.getAttribute("type")));
            }
        }
        Element status = SourceFiles.elements(macros().get(0), "parameter").get(5);
        assertEquals("status", status.getAttribute("name"));
        assertEquals(List.of("not-started", "in-progress", "achieved", "dropped"),
                SourceFiles.elements(status, "value").stream().map(v -> v.getAttribute("name")).toList());
        assertEquals("true", SourceFiles.elements(macros().get(0), "parameter").get(0).getAttribute("hidden"));
    }

    @Test
    public void shouldShipAnEightyPixelIconForEveryMacro() throws Exception {
        for (Element macro : macros()) {
            String icon = macro.getAttribute("icon");
            String prefix = "/download/resources/" + PluginKeys.PLUGIN_KEY + "/images/";
            assertTrue(icon, icon.startsWith(prefix));
            try (InputStream in = MacroDescriptorTest.class.getResourceAsStream("/images/" + icon.substring(prefix.length()))) {
                assertTrue(icon, in != null);
                BufferedImage image = ImageIO.read(in);
                assertEquals(icon, 80, image.getWidth());
                assertEquals(icon, 80, image.getHeight());
            }
        }
    }

    @Test
    public void shouldDeclareEveryWebResourceTheMacrosRequireWithFilesThatExist() throws Exception {
        Document descriptor = SourceFiles.descriptor().document();
        Set<String> declared = new TreeSet<>();
        for (Element resource : SourceFiles.elements(descriptor.getDocumentElement(), "web-resource")) {
            declared.add(resource.getAttribute("key"));
            for (Element file : SourceFiles.elements(resource, "resource")) {
                assertTrue(file.getAttribute("location"),
                        Files.isRegularFile(SourceFiles.projectRoot().resolve("src/main/resources/" + file.getAttribute("location"))));
            }
            for (Element dependency : SourceFiles.elements(resource, "dependency")) {
                String key = dependency.getTextContent().strip();
                if (key.startsWith(PluginKeys.PLUGIN_KEY + ":")) {
                    assertTrue(key, declared.contains(key.substring(PluginKeys.PLUGIN_KEY.length() + 1)));
                }
            }
        }
        Set<String> required = new TreeSet<>();
        Matcher m = Pattern.compile("requireResource\\(\"([^\"]+)\"\\)").matcher(String.join("\n", SourceFiles.mainJavaSources()));
        while (m.find()) {
            required.add(m.group(1));
        }
        assertEquals(Set.of("coordinator-view-resources", "macro-action-items", "macro-activity", "macro-checklist", "macro-closing",
                "macro-feedback", "macro-feedback-log", "macro-goal", "macro-goal-progress", "macro-invitation", "macro-meeting",
                "macro-meetings", "macro-new-meeting", "my-mentoring-resources"), required);
        assertTrue(declared.containsAll(required));
    }

    @Test
    public void shouldSendEveryScriptThroughTheI18nTransformer() throws Exception {
        int scripts = 0;
        for (Element resource : SourceFiles.elements(SourceFiles.descriptor().document().getDocumentElement(), "web-resource")) {
            if (!resource.getAttribute("key").startsWith("macro-")) {
                continue;
            }
            boolean script = SourceFiles.elements(resource, "resource").stream().anyMatch(r -> r.getAttribute("location").endsWith(".js"));
            boolean transformed = SourceFiles.elements(resource, "transformer").stream().anyMatch(t -> t.getAttribute("key").equals("jsI18n"));
            assertEquals(resource.getAttribute("key"), script, transformed);
            scripts += script ? 1 : 0;
        }
        assertEquals(12, scripts);
    }
}
