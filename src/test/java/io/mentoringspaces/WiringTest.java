package io.mentoringspaces;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.testsupport.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The hand-written wiring holds together: every class named in the descriptor and the Spring
 * context exists, every bean's constructor can be satisfied from the declared beans and host
 * references, every module class the plugin system creates can be autowired, and every i18n key
 * the descriptor uses is in the bundle.
 */
public class WiringTest {

    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final String OSGI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    /** Descriptor elements whose classes the plugin system creates by constructor autowiring. */
    private static final List<String> AUTOWIRED_MODULES = List.of("xhtml-macro", "servlet", "context-provider", "condition",
            "upgradeTask", "servlet-filter");

    /** Bean or host-reference type by id, in declaration order. */
    private static Map<String, Class<?>> beanTypes() throws Exception {
        Document context = SourceFiles.springContext();
        Map<String, Class<?>> types = new LinkedHashMap<>();
        NodeList references = context.getElementsByTagNameNS(OSGI, "reference");
        for (int i = 0; i < references.getLength(); i++) {
            Element reference = (Element) references.item(i);
            types.put(reference.getAttribute("id"), Class.forName(reference.getAttribute("interface")));
        }
        NodeList beans = context.getElementsByTagNameNS(BEANS, "bean");
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            Class<?> type = Class.forName(bean.getAttribute("class"));
            String factoryMethod = bean.getAttribute("factory-method");
            if (!factoryMethod.isEmpty()) {
                Method method = type.getMethod(factoryMethod);
                assertTrue(factoryMethod + " must be static", Modifier.isStatic(method.getModifiers()));
                type = method.getReturnType();
            }
            types.put(bean.getAttribute("id"), type);
        }
        return types;
    }

    @Test
    public void shouldSatisfyEveryBeanConstructorFromTheDeclaredBeansInOrder() throws Exception {
        Map<String, Class<?>> types = beanTypes();
        NodeList beans = SourceFiles.springContext().getElementsByTagNameNS(BEANS, "bean");
        assertTrue(beans.getLength() > 0);
        for (int i = 0; i < beans.getLength(); i++) {
            Element bean = (Element) beans.item(i);
            if (!bean.getAttribute("factory-method").isEmpty()) {
                continue;
            }
            List<String> refs = new ArrayList<>();
            NodeList args = bean.getElementsByTagNameNS(BEANS, "constructor-arg");
            for (int a = 0; a < args.getLength(); a++) {
                String ref = ((Element) args.item(a)).getAttribute("ref");
                assertTrue(bean.getAttribute("id") + " refers to undeclared bean " + ref, types.containsKey(ref));
                refs.add(ref);
            }
            Class<?> type = Class.forName(bean.getAttribute("class"));
            assertTrue(bean.getAttribute("id") + " has no public constructor taking " + refs,
                    hasConstructor(type, refs.stream().map(types::get).toList()));
            for (String method : List.of("init-method", "destroy-method")) {
                if (!bean.getAttribute(method).isEmpty()) {
                    type.getMethod(bean.getAttribute(method));
                }
            }
        }
    }

    private static boolean hasConstructor(Class<?> type, List<Class<?>> argumentTypes) {
        for (Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length != argumentTypes.size()) {
                continue;
            }
            boolean fits = true;
            for (int p = 0; p < parameters.length; p++) {
                fits &= parameters[p].isAssignableFrom(argumentTypes.get(p));
            }
            if (fits) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void shouldNameOnlyExistingClassesInTheDescriptor() throws Exception {
        Document descriptor = SourceFiles.descriptor().document();
        List<String> classes = new ArrayList<>();
        collectClassNames(descriptor.getDocumentElement(), classes);
        assertFalse(classes.isEmpty());
        for (String name : classes) {
            Class.forName(name);
        }
    }

    private static void collectClassNames(Element element, List<String> classes) {
        if (!element.getAttribute("class").isEmpty()) {
            classes.add(element.getAttribute("class"));
        }
        if (List.of("entity", "upgradeTask").contains(element.getTagName())) {
            classes.add(element.getTextContent().strip());
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectClassNames(child, classes);
            }
        }
    }

    @Test
    public void shouldAutowireEveryModuleClassThePluginSystemCreates() throws Exception {
        Document descriptor = SourceFiles.descriptor().document();
        List<Class<?>> created = new ArrayList<>();
        for (String tag : AUTOWIRED_MODULES) {
            NodeList modules = descriptor.getElementsByTagName(tag);
            for (int i = 0; i < modules.getLength(); i++) {
                Element module = (Element) modules.item(i);
                String name = tag.equals("upgradeTask") ? module.getTextContent().strip() : module.getAttribute("class");
                created.add(Class.forName(name));
            }
        }
        created.addAll(restResources(descriptor));
        Map<String, Class<?>> types = beanTypes();
        for (Class<?> type : created) {
            assertEquals(type.getName() + " needs exactly one public constructor", 1, type.getConstructors().length);
            for (Class<?> parameter : type.getConstructors()[0].getParameterTypes()) {
                long candidates = types.values().stream().filter(parameter::isAssignableFrom).count();
                assertEquals(type.getName() + " cannot be autowired: beans of type " + parameter.getName(), 1, candidates);
            }
        }
    }

    /** The JAX-RS resources the REST module finds in its packages. */
    private static List<Class<?>> restResources(Document descriptor) throws Exception {
        List<Class<?>> resources = new ArrayList<>();
        Path classes = SourceFiles.projectRoot().resolve("target/classes");
        NodeList packages = descriptor.getElementsByTagName("package");
        for (int i = 0; i < packages.getLength(); i++) {
            String pkg = packages.item(i).getTextContent().strip();
            Path dir = classes.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path file : SourceFiles.files(dir, ".class")) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }

    @Test
    public void shouldFindEveryDescriptorI18nKeyInTheBundle() throws Exception {
        Properties bundle = SourceFiles.i18n();
        List<String> keys = new ArrayList<>();
        collectI18nKeys(SourceFiles.descriptor().document().getDocumentElement(), keys);
        assertTrue(keys.contains("mentoring.plugin.description"));
        for (String key : keys) {
            assertTrue("missing i18n key " + key, bundle.containsKey(key));
        }
    }

    private static void collectI18nKeys(Element element, List<String> keys) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getNodeName();
            boolean keyAttribute = name.endsWith("-key") && !name.equals("index-key") && !name.equals("template-key")
                    && !name.equals("content-template-key");
            boolean labelKey = name.equals("key") && List.of("description", "label", "tooltip").contains(element.getTagName());
            if (keyAttribute || labelKey) {
                keys.add(attribute.getNodeValue());
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectI18nKeys(child, keys);
            }
        }
    }

    @Test
    public void shouldUseThePluginKeyOfThePomEverywhere() throws Exception {
        assertEquals(PluginKeys.PLUGIN_KEY, SourceFiles.descriptor().pluginKey());
    }
}
