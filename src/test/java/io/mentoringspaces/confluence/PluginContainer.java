package io.mentoringspaces.confluence;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import io.mentoringspaces.PluginKeys;
import io.mentoringspaces.testsupport.SourceFiles;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Confluence's plugin system for the app: it starts the app as Confluence does, from its own files.
 * The Spring context ({@code META-INF/spring/plugin-context.xml}) gives the beans, built through
 * their constructors in order, each {@code osgi:reference} answered by the host service of its
 * interface, init methods called (the listeners register with the event bus); the descriptor gives
 * the module classes (macros, servlets, context providers, conditions), each autowired by
 * constructor from those beans (by type; by parameter name among several of a type), and the content
 * templates and blueprints. REST resources are left to the REST host ({@link RestHost}), which
 * creates them from the same beans. Only the {@code clock} bean is replaced, by the test's clock.
 * Closing it stops the beans as Spring does.
 */
public final class PluginContainer implements AutoCloseable {

    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final String OSGI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    /** A content template: its name's i18n key, its storage-format file and its context provider (or null). */
    public record ContentTemplate(String key, String nameKey, String location, ContextProvider contextProvider) {
    }

    /** A page blueprint: complete key, content template, and the label ("index key") of its pages. */
    public record Blueprint(String completeKey, String contentTemplateKey, String indexKey) {
    }

    /** Where a space blueprint's pages come from: a content template and the templates of its child pages. */
    public record TemplateRef(String templateKey, List<TemplateRef> children) {
    }

    /** A space blueprint: its home page's template tree and its category (a space label), or null. */
    public record SpaceBlueprint(String completeKey, TemplateRef home, String category) {
    }

    /** A header link (web-item) and the condition that shows it. */
    public record HeaderLink(String labelKey, String url, String linkId, Condition condition) {
    }

    private final Map<String, Object> beans = new LinkedHashMap<>();
    private final List<Runnable> destroyers = new ArrayList<>();
    private final Map<String, Macro> macros = new LinkedHashMap<>();
    private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
    private final Map<String, ContentTemplate> contentTemplates = new LinkedHashMap<>();
    private final Map<String, Blueprint> blueprints = new LinkedHashMap<>();
    private final List<SpaceBlueprint> spaceBlueprints = new ArrayList<>();
    private final List<HeaderLink> headerLinks = new ArrayList<>();

    /** Starts the app: {@code host} answers each osgi:reference with the service of its interface. */
    public PluginContainer(Document descriptor, Function<Class<?>, Object> host, Clock clock) throws Exception {
        Document context = SourceFiles.springContext();
        NodeList references = context.getElementsByTagNameNS(OSGI, "reference");
        for (int i = 0; i < references.getLength(); i++) {
            Element reference = (Element) references.item(i);
            Class<?> type = Class.forName(reference.getAttribute("interface"));
            beans.put(reference.getAttribute("id"), type.cast(host.apply(type)));
        }
        NodeList beanNodes = context.getElementsByTagNameNS(BEANS, "bean");
        for (int i = 0; i < beanNodes.getLength(); i++) {
            createBean((Element) beanNodes.item(i), clock);
        }
        readModules(descriptor);
    }

    private void createBean(Element bean, Clock clock) throws Exception {
        String id = bean.getAttribute("id");
        if (id.equals("clock")) {
            beans.put(id, clock);
            return;
        }
        Class<?> type = Class.forName(bean.getAttribute("class"));
        Object instance;
        if (!bean.getAttribute("factory-method").isEmpty()) {
            instance = type.getMethod(bean.getAttribute("factory-method")).invoke(null);
        } else {
            List<Object> arguments = new ArrayList<>();
            NodeList args = bean.getElementsByTagNameNS(BEANS, "constructor-arg");
            for (int a = 0; a < args.getLength(); a++) {
                arguments.add(required(((Element) args.item(a)).getAttribute("ref")));
            }
            instance = construct(type, arguments);
        }
        beans.put(id, instance);
        if (!bean.getAttribute("init-method").isEmpty()) {
            type.getMethod(bean.getAttribute("init-method")).invoke(instance);
        }
        if (!bean.getAttribute("destroy-method").isEmpty()) {
            Method destroy = type.getMethod(bean.getAttribute("destroy-method"));
            destroyers.add(0, () -> call(destroy, instance));
        }
    }

    private Object required(String id) {
        Object bean = beans.get(id);
        if (bean == null) {
            throw new IllegalStateException("No bean " + id);
        }
        return bean;
    }

    private static Object construct(Class<?> type, List<Object> arguments) throws ReflectiveOperationException {
        for (Constructor<?> constructor : type.getConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            boolean fits = parameters.length == arguments.size();
            for (int p = 0; fits && p < parameters.length; p++) {
                fits = parameters[p].isInstance(arguments.get(p));
            }
            if (fits) {
                return constructor.newInstance(arguments.toArray());
            }
        }
        throw new IllegalStateException(type.getName() + " has no constructor taking " + arguments);
    }

    /**
     * A module class made by the plugin system: its only constructor, autowired as Spring's
     * AUTOWIRE_CONSTRUCTOR does: each argument the one bean of its type, or among several the one
     * whose id is the parameter's name.
     */
    public <T> T autowire(Class<T> type) {
        try {
            Constructor<?> constructor = type.getConstructors()[0];
            List<Object> arguments = new ArrayList<>();
            for (Parameter parameter : constructor.getParameters()) {
                arguments.add(candidate(type, parameter));
            }
            return type.cast(constructor.newInstance(arguments.toArray()));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    private Object candidate(Class<?> type, Parameter parameter) {
        List<String> ids = beans.entrySet().stream().filter(bean -> parameter.getType().isInstance(bean.getValue()))
                .map(Map.Entry::getKey).toList();
        if (ids.size() == 1) {
            return beans.get(ids.get(0));
        }
        if (ids.contains(parameter.getName())) {
            return beans.get(parameter.getName());
        }
        throw new IllegalStateException(type.getName() + ": " + ids.size() + " beans of type " + parameter.getType().getName()
                + " " + ids);
    }

    private void readModules(Document descriptor) throws Exception {
        Element root = descriptor.getDocumentElement();
        for (Element macro : SourceFiles.elements(root, "xhtml-macro")) {
            macros.put(macro.getAttribute("name"), (Macro) autowire(Class.forName(macro.getAttribute("class"))));
        }
        for (Element servlet : SourceFiles.elements(root, "servlet")) {
            HttpServlet instance = (HttpServlet) autowire(Class.forName(servlet.getAttribute("class")));
            for (Element pattern : SourceFiles.elements(servlet, "url-pattern")) {
                servlets.put("/plugins/servlet" + pattern.getTextContent().strip(), instance);
            }
        }
        for (Element template : SourceFiles.elements(root, "content-template")) {
            if (!template.hasAttribute("key")) {
                continue;
            }
            List<Element> providers = SourceFiles.elements(template, "context-provider");
            ContextProvider provider = null;
            if (!providers.isEmpty()) {
                provider = (ContextProvider) autowire(Class.forName(providers.get(0).getAttribute("class")));
                provider.init(params(providers.get(0)));
            }
            contentTemplates.put(template.getAttribute("key"), new ContentTemplate(template.getAttribute("key"),
                    template.getAttribute("i18n-name-key"), SourceFiles.elements(template, "resource").get(0).getAttribute("location"), provider));
        }
        for (Element blueprint : SourceFiles.elements(root, "blueprint")) {
            if (blueprint.hasAttribute("key")) {
                String key = PluginKeys.PLUGIN_KEY + ":" + blueprint.getAttribute("key");
                blueprints.put(key, new Blueprint(key, blueprint.getAttribute("content-template-key"),
                        blueprint.getAttribute("index-key")));
            }
        }
        for (Element space : SourceFiles.elements(root, "space-blueprint")) {
            Element home = childElements(space, "content-template").get(0);
            String category = space.getAttribute("category");
            spaceBlueprints.add(new SpaceBlueprint(PluginKeys.PLUGIN_KEY + ":" + space.getAttribute("key"), templateRef(home),
                    category.isEmpty() ? null : category));
        }
        for (Element item : SourceFiles.elements(root, "web-item")) {
            if (!item.getAttribute("section").equals("system.header/left")) {
                continue;
            }
            Element link = SourceFiles.elements(item, "link").get(0);
            List<Element> conditions = SourceFiles.elements(item, "condition");
            Condition condition = conditions.isEmpty() ? null
                    : (Condition) autowire(Class.forName(conditions.get(0).getAttribute("class")));
            if (condition != null) {
                condition.init(params(conditions.get(0)));
            }
            headerLinks.add(new HeaderLink(SourceFiles.elements(item, "label").get(0).getAttribute("key"), link.getTextContent().strip(),
                    link.getAttribute("linkId"), condition));
        }
    }

    /** A module's {@code <param name value/>} children, as its {@code init} receives them. */
    private static Map<String, String> params(Element module) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : childElements(module, "param")) {
            params.put(param.getAttribute("name"), param.getAttribute("value"));
        }
        return params;
    }

    private static TemplateRef templateRef(Element reference) {
        List<TemplateRef> children = new ArrayList<>();
        for (Element child : childElements(reference, "content-template")) {
            children.add(templateRef(child));
        }
        return new TemplateRef(reference.getAttribute("ref"), children);
    }

    private static List<Element> childElements(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }

    public <T> T bean(String id, Class<T> type) {
        return type.cast(required(id));
    }

    public Map<String, Macro> macros() {
        return macros;
    }

    /** Servlets by their path spec under the context, e.g. {@code /plugins/servlet/mentoring/coordinator/*}. */
    public Map<String, HttpServlet> servlets() {
        return servlets;
    }

    /** Every bean of the context, host references included: what REST resources are injected with. */
    public Collection<Object> beans() {
        return beans.values();
    }

    public ContentTemplate contentTemplate(String key) {
        return contentTemplates.get(key);
    }

    public Blueprint blueprint(String completeKey) {
        return blueprints.get(completeKey);
    }

    public List<SpaceBlueprint> spaceBlueprints() {
        return spaceBlueprints;
    }

    public List<HeaderLink> headerLinks() {
        return headerLinks;
    }

    private static void call(Method method, Object target) {
        try {
            method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the beans as Spring does: destroy methods, last bean first (listeners unregister). */
    @Override
    public void close() {
        destroyers.forEach(Runnable::run);
    }
}
