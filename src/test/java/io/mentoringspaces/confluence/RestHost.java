package io.mentoringspaces.confluence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mentoringspaces.PluginKeys;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The app's REST module as Confluence hosts it, for the REST tests and the sandbox alike (facts HB-3,
 * HB-4 and HB-5 of the host-behaviour reference):
 * <ul>
 * <li>the module's classes are found as Confluence finds them: every class of the descriptor's
 * {@code <rest>} {@code <package>}s (and their sub-packages) annotated {@code @Path}, and the
 * {@code @Provider}s there;</li>
 * <li>REST v2 creates them by class through its injector, Jersey with HK2: the app's beans are
 * bound by every type they have, so a resource needs one constructor annotated
 * {@code @jakarta.inject.Inject} whose arguments are beans;</li>
 * <li>JSON is written and read as REST v1's {@code JacksonJsonProviderFactory} does (DEC
 * atlassian-rest-module-7.1.9): no auto-detection of getters or fields when writing, of setters or
 * fields when reading, and null properties left out, so only annotated properties exist; is-getters
 * and creators are not detected either (REST v1 left them on), so that what passes here holds
 * whatever REST v2 detects;</li>
 * <li>mutative requests pass the checks of REST's {@code XsrfResourceFilter} (same source).</li>
 * </ul>
 */
public final class RestHost {

    /** The header and value that let a mutative request without a JSON body through. */
    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    public static final String NO_CHECK = "no-check";
    /** What a request that fails the XSRF checks gets, with status 403. */
    public static final String XSRF_FAILED = "XSRF check failed";

    private RestHost() {
    }

    /** Where Confluence serves the descriptor's REST module, below its context path: {@code /rest/<path>/<version>}. */
    public static String path(Document descriptor) {
        Element module = (Element) descriptor.getElementsByTagName("rest").item(0);
        return "/rest" + module.getAttribute("path") + "/" + module.getAttribute("version");
    }

    /** The descriptor's REST module, its resources injected with {@code beans}. */
    public static ResourceConfig module(Document descriptor, Collection<?> beans) {
        return application(moduleClasses(descriptor), beans);
    }

    /** The resource and provider classes of the descriptor's REST module, from the app's compiled classes. */
    public static List<Class<?>> moduleClasses(Document descriptor) {
        List<Class<?>> classes = new ArrayList<>();
        NodeList modules = descriptor.getElementsByTagName("rest");
        for (int m = 0; m < modules.getLength(); m++) {
            NodeList packages = ((Element) modules.item(m)).getElementsByTagName("package");
            for (int p = 0; p < packages.getLength(); p++) {
                for (Class<?> type : classesUnder(packages.item(p).getTextContent().strip())) {
                    if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                        classes.add(type);
                    }
                }
            }
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("The descriptor's REST packages hold no resource");
        }
        return classes;
    }

    /** The classes of a package of the app and of its sub-packages, from where the app's classes are compiled to. */
    private static List<Class<?>> classesUnder(String pkg) {
        java.nio.file.Path root;
        try {
            root = Paths.get(PluginKeys.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        java.nio.file.Path directory = root.resolve(pkg.replace('.', '/'));
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("Package " + pkg + " is not in " + root);
        }
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(directory)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = root.relativize(file).toString();
                classes.add(Class.forName(relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), ".")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    /**
     * A Jersey application serving {@code classes}, each created by class through the injector, where
     * every bean is bound by its class, superclasses and interfaces (a type two beans share is bound
     * to neither, as autowiring by type refuses it).
     */
    public static ResourceConfig application(Collection<Class<?>> classes, Collection<?> beans) {
        ResourceConfig config = new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new JsonSettings())
                .register(XsrfCheck.class)
                .register(new BeanBinder(beans));
        classes.forEach(config::register);
        return config;
    }

    /** A JSON mapper with REST v1's settings: annotated properties only, nulls left out. */
    public static ObjectMapper json() {
        return JsonMapper.builder()
                .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS,
                        MapperFeature.AUTO_DETECT_FIELDS, MapperFeature.AUTO_DETECT_SETTERS, MapperFeature.AUTO_DETECT_CREATORS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** Hands the JSON provider the mapper with REST v1's settings. */
    private static final class JsonSettings implements ContextResolver<ObjectMapper> {

        private final ObjectMapper mapper = json();

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    /** Binds each bean by every type it has but {@code Object}, unless another bean has that type too. */
    private static final class BeanBinder extends AbstractBinder {

        private final Collection<?> beans;

        BeanBinder(Collection<?> beans) {
            this.beans = List.copyOf(beans);
        }

        @Override
        protected void configure() {
            Map<Class<?>, Object> byType = new HashMap<>();
            Set<Class<?>> shared = new HashSet<>();
            for (Object bean : beans) {
                for (Class<?> type : types(bean.getClass())) {
                    if (byType.putIfAbsent(type, bean) != null) {
                        shared.add(type);
                    }
                }
            }
            shared.forEach(byType::remove);
            byType.forEach(this::bindAs);
        }

        private <T> void bindAs(Class<T> type, Object bean) {
            bind(type.cast(bean)).to(type);
        }

        private static Set<Class<?>> types(Class<?> type) {
            Set<Class<?>> types = new LinkedHashSet<>();
            Deque<Class<?>> pending = new ArrayDeque<>(List.of(type));
            while (!pending.isEmpty()) {
                Class<?> next = pending.pop();
                if (next != Object.class && types.add(next)) {
                    if (next.getSuperclass() != null) {
                        pending.push(next.getSuperclass());
                    }
                    pending.addAll(List.of(next.getInterfaces()));
                }
            }
            return types;
        }
    }

    /**
     * REST's XSRF checks on every mutative request (the app excludes no method with
     * {@code @XsrfProtectionExcluded}): a request that looks as if a browser sent it must come from the
     * same origin (by its {@code Origin} or {@code Referer}) when it is a POST; and a request whose
     * body is form data, multipart, plain text or absent needs {@code X-Atlassian-Token: no-check}
     * (JSON does not). A failed check is answered 403.
     */
    @Provider
    public static final class XsrfCheck implements ContainerRequestFilter {

        private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, "TRACE");
        private static final Set<String> FORM_TYPES = Set.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA,
                MediaType.TEXT_PLAIN);
        private static final List<String> BROWSERS = List.of("msie", "trident/", "edge/", "edg/", "firefox/", "chrome/",
                "chromium/", "safari/", "opera", "opr/");

        @Override
        public void filter(ContainerRequestContext request) {
            if (SAFE_METHODS.contains(request.getMethod())) {
                return;
            }
            boolean originFails = looksLikeBrowser(request) && HttpMethod.POST.equals(request.getMethod())
                    && !sameOrigin(request.getHeaderString("Origin"), request) && !sameOrigin(referer(request), request);
            if (originFails || (formLike(request.getMediaType()) && !hasNoCheckToken(request))) {
                request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE)
                        .entity(XSRF_FAILED).build());
            }
        }

        private static boolean looksLikeBrowser(ContainerRequestContext request) {
            String agent = Objects.toString(request.getHeaderString("User-Agent"), "").toLowerCase(Locale.ROOT);
            return BROWSERS.stream().anyMatch(agent::contains);
        }

        private static String referer(ContainerRequestContext request) {
            String referer = request.getHeaderString("Referer");
            return referer == null ? null : referer.split("\\?", 2)[0];
        }

        private static boolean sameOrigin(String other, ContainerRequestContext request) {
            if (other == null || other.isEmpty()) {
                return false;
            }
            try {
                URI uri = new URI(other);
                URI own = request.getUriInfo().getRequestUri();
                return own.getScheme().equalsIgnoreCase(Objects.toString(uri.getScheme(), ""))
                        && own.getHost().equalsIgnoreCase(Objects.toString(uri.getHost(), ""))
                        && port(own) == port(uri);
            } catch (URISyntaxException e) {
                return false;
            }
        }

        private static int port(URI uri) {
            if (uri.getPort() != -1) {
                return uri.getPort();
            }
            return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }

        private static boolean formLike(MediaType type) {
            return type == null || FORM_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
        }

        private static boolean hasNoCheckToken(ContainerRequestContext request) {
            String token = request.getHeaderString(TOKEN_HEADER);
            return NO_CHECK.equals(token) || "nocheck".equalsIgnoreCase(token);
        }
    }
}
