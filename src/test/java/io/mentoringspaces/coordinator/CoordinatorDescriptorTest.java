package io.mentoringspaces.coordinator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.rest.ProgrammeResource;
import io.mentoringspaces.testsupport.SourceFiles;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The coordinator view's modules as Confluence reads them: the servlets and their URL patterns, the
 * header link with its condition, the administration page's script, and the access annotations the
 * host reads at run time.
 */
public class CoordinatorDescriptorTest {

    private static Element module(Document descriptor, String tag, String key) {
        NodeList modules = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < modules.getLength(); i++) {
            Element module = (Element) modules.item(i);
            if (module.getAttribute("key").equals(key)) {
                return module;
            }
        }
        throw new AssertionError("no " + tag + " " + key);
    }

    private static List<String> texts(Element module, String tag) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = module.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    @Test
    public void shouldServeTheCoordinatorViewAndAdministrationUnderPluginsServlet() throws Exception {
        Document descriptor = SourceFiles.descriptor().document();
        Element view = module(descriptor, "servlet", "coordinator-servlet");
        assertEquals(CoordinatorServlet.class.getName(), view.getAttribute("class"));
        assertEquals(List.of("/mentoring/coordinator", "/mentoring/coordinator/*"), texts(view, "url-pattern"));
        Element admin = module(descriptor, "servlet", "programme-admin-servlet");
        assertEquals(ProgrammeAdminServlet.class.getName(), admin.getAttribute("class"));
        assertEquals(List.of("/mentoring/programmes"), texts(admin, "url-pattern"));
        assertEquals("/plugins/servlet" + texts(view, "url-pattern").get(0), CoordinatorServlet.PATH);
        assertEquals("/plugins/servlet" + texts(admin, "url-pattern").get(0), ProgrammeAdminServlet.PATH);
    }

    @Test
    public void shouldLinkTheViewFromTheHeaderForCoordinatorsOnly() throws Exception {
        Element link = module(SourceFiles.descriptor().document(), "web-item", "coordinator-header-link");
        assertEquals("system.header/left", link.getAttribute("section"));
        assertEquals(List.of(CoordinatorServlet.PATH), texts(link, "link"));
        assertEquals(CoordinatorLinkCondition.class.getName(),
                ((Element) link.getElementsByTagName("condition").item(0)).getAttribute("class"));
    }

    @Test
    public void shouldShipTheAdministrationScriptWithItsTranslations() throws Exception {
        Element resources = module(SourceFiles.descriptor().document(), "web-resource", "programme-admin-resources");
        assertEquals(ProgrammeAdminServlet.WEB_RESOURCE,
                io.mentoringspaces.PluginKeys.PLUGIN_KEY + ":" + resources.getAttribute("key"));
        assertEquals("jsI18n", ((Element) resources.getElementsByTagName("transformer").item(0)).getAttribute("key"));
        String location = ((Element) resources.getElementsByTagName("resource").item(0)).getAttribute("location");
        assertNotNull(getClass().getResource("/" + location));
    }

    @Test
    public void shouldDeclareTheAccessAnnotationsTheHostReadsAtRunTime() {
        for (Class<? extends java.lang.annotation.Annotation> annotation : List.of(UnrestrictedAccess.class, LicensedOnly.class)) {
            assertEquals(RetentionPolicy.RUNTIME, annotation.getAnnotation(Retention.class).value());
            assertEquals(List.of(ElementType.TYPE, ElementType.METHOD), List.of(annotation.getAnnotation(Target.class).value()));
        }
        assertTrue(CoordinatorServlet.class.isAnnotationPresent(UnrestrictedAccess.class));
        assertTrue(ProgrammeAdminServlet.class.isAnnotationPresent(UnrestrictedAccess.class));
        assertTrue(ProgrammeResource.class.isAnnotationPresent(LicensedOnly.class));
    }
}
