package io.mentoringspaces.confluence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.PluginKeys;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Confluence's web-resource manager for the app's {@code web-resource} modules, as the descriptor
 * declares them: what a request asked for through {@code PageBuilderService} (with its dependencies,
 * in order), the URLs that load it, and the files themselves under
 * {@code /download/resources/<complete key>/<name>}, JavaScript put through the {@code jsI18n}
 * transform where the module declares it. AUI's own module ({@code com.atlassian.auiplugin:*}) is on
 * every page of the test Confluence already.
 */
final class WebResources {

    static final String PATH = "/download/resources";
    private static final String AUI_PLUGIN = "com.atlassian.auiplugin:";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code AJS.I18n.getText('key')} or {@code AJS.I18n.getText("key", ...)}: the call the transform replaces. */
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([\\w.\\-]+)\\1\\s*([),])");

    record Resource(String name, String location, boolean translated) {
    }

    record Module(String completeKey, List<String> dependencies, List<Resource> resources) {
    }

    private final Map<String, Module> modules = new LinkedHashMap<>();
    /** Download directories of the plugin (name ending in "/": location). */
    private final Map<String, String> directories = new LinkedHashMap<>();
    private final BundleI18nResolver i18n;

    /** The descriptor's web resources, scripts translated by {@code i18n} in the requesting user's locale. */
    WebResources(Document descriptor, BundleI18nResolver i18n) {
        this.i18n = i18n;
        NodeList webResources = descriptor.getElementsByTagName("web-resource");
        for (int i = 0; i < webResources.getLength(); i++) {
            Element module = (Element) webResources.item(i);
            boolean jsI18n = false;
            NodeList transformers = module.getElementsByTagName("transformer");
            for (int t = 0; t < transformers.getLength(); t++) {
                Element transformer = (Element) transformers.item(t);
                jsI18n |= transformer.getAttribute("key").equals("jsI18n")
                        && ((Element) transformer.getParentNode()).getAttribute("extension").equals("js");
            }
            List<String> dependencies = new ArrayList<>();
            NodeList dependencyNodes = module.getElementsByTagName("dependency");
            for (int d = 0; d < dependencyNodes.getLength(); d++) {
                dependencies.add(dependencyNodes.item(d).getTextContent().strip());
            }
            List<Resource> resources = new ArrayList<>();
            NodeList resourceNodes = module.getElementsByTagName("resource");
            for (int r = 0; r < resourceNodes.getLength(); r++) {
                Element resource = (Element) resourceNodes.item(r);
                String name = resource.getAttribute("name");
                resources.add(new Resource(name, resource.getAttribute("location"), jsI18n && name.endsWith(".js")));
            }
            String key = PluginKeys.PLUGIN_KEY + ":" + module.getAttribute("key");
            modules.put(key, new Module(key, dependencies, resources));
        }
        for (Element resource : children(descriptor.getDocumentElement(), "resource")) {
            if (resource.getAttribute("type").equals("download") && resource.getAttribute("name").endsWith("/")) {
                directories.put(resource.getAttribute("name"), resource.getAttribute("location"));
            }
        }
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }

    /**
     * The paths (below the context path) of the files of the web resources {@code required}, their
     * dependencies first, each once; a web resource the descriptor does not declare is refused.
     */
    List<String> paths(Collection<String> required) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : required) {
            resolve(key, ordered, new LinkedHashSet<>());
        }
        List<String> paths = new ArrayList<>();
        for (String key : ordered) {
            for (Resource resource : modules.get(key).resources()) {
                paths.add(PATH + "/" + key + "/" + resource.name());
            }
        }
        return paths;
    }

    private void resolve(String key, Set<String> ordered, Set<String> visiting) {
        if (key.startsWith(AUI_PLUGIN) || ordered.contains(key)) {
            return;
        }
        Module module = modules.get(key);
        if (module == null) {
            throw new IllegalArgumentException("No web resource " + key);
        }
        if (!visiting.add(key)) {
            throw new IllegalStateException("Dependency cycle at web resource " + key);
        }
        for (String dependency : module.dependencies()) {
            resolve(dependency, ordered, visiting);
        }
        ordered.add(key);
    }

    /**
     * Confluence's {@code jsI18n} transform: each {@code AJS.I18n.getText} call on a key becomes its text
     * in the locale of the user who loads the script (Confluence serves a script once per locale).
     */
    String translate(String javascript) {
        Matcher m = GET_TEXT.matcher(javascript);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(2);
            String pattern = i18n.pattern(key);
            if (pattern == null) {
                throw new IllegalStateException("The script asks for i18n key " + key + ", which the bundle lacks");
            }
            String replacement = m.group(3).equals(")")
                    ? quote(i18n.getText(key))
                    : "AJS.format(" + quote(pattern) + ",";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves {@code /download/resources/<complete key>/<name>}. */
    HttpServlet servlet() {
        return new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
                int slash = path.indexOf('/');
                if (slash < 0 || path.contains("..")) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                String key = path.substring(0, slash);
                String name = path.substring(slash + 1);
                String location = location(key, name);
                byte[] content = location == null ? null : read(location);
                if (content == null) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                Resource resource = modules.containsKey(key) ? modules.get(key).resources().stream()
                        .filter(r -> r.name().equals(name)).findFirst().orElse(null) : null;
                if (resource != null && resource.translated()) {
                    content = translate(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                response.setContentType(StaticFiles.contentType(name));
                response.setHeader("Cache-Control", "no-cache");
                response.getOutputStream().write(content);
            }
        };
    }

    private String location(String key, String name) {
        Module module = modules.get(key);
        if (module != null) {
            return module.resources().stream().filter(r -> r.name().equals(name)).map(Resource::location).findFirst()
                    .orElse(null);
        }
        if (key.equals(PluginKeys.PLUGIN_KEY)) {
            for (Map.Entry<String, String> directory : directories.entrySet()) {
                if (name.startsWith(directory.getKey())) {
                    return directory.getValue() + name.substring(directory.getKey().length());
                }
            }
        }
        return null;
    }

    private static byte[] read(String location) {
        try (InputStream in = WebResources.class.getResourceAsStream("/" + location)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
