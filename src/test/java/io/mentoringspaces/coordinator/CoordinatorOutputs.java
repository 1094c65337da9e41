package io.mentoringspaces.coordinator;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.coordinator.RecordingRenderer.Rendering;
import io.mentoringspaces.macro.ProgrammeReportMacro;
import io.mentoringspaces.rest.ProgrammeResource;
import io.mentoringspaces.testsupport.ProgrammeWorld;
import io.mentoringspaces.view.PairsViews;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mockito.Mockito;

/**
 * Every coordinator output, produced in the test's thread (so on the test's transaction): the
 * servlets' pages and the macro (with the view models they were rendered from), and the REST API's
 * JSON and CSV, serialised by the same Jackson as the REST container.
 */
final class CoordinatorOutputs {

    private static final ObjectMapper JSON = RestHost.json();

    final RecordingRenderer renderer = new RecordingRenderer();
    private final ProgrammeWorld world;
    private final CoordinatorServlet coordinator;
    private final ProgrammeAdminServlet admin;
    private final ProgrammeReportMacro macro;
    private final ProgrammeResource rest;

    CoordinatorOutputs(ProgrammeWorld world) {
        this.world = world;
        PairsViews views = new PairsViews(world.confluence.i18n(), renderer);
        coordinator = new CoordinatorServlet(world.access, world.programmeAccess, world.reports, views, renderer,
                world.loginUriProvider, world.confluence.i18n());
        admin = new ProgrammeAdminServlet(world.access, world.programmeAccess, mock(PageBuilderService.class,
                Mockito.RETURNS_DEEP_STUBS), views, renderer, world.loginUriProvider, world.confluence.i18n());
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(Mockito.any(UrlMode.class))).thenReturn("/confluence");
        macro = new ProgrammeReportMacro(world.access, world.programmeAccess, world.programmes, world.reports, views, renderer, application, world.confluence.i18n());
        rest = new ProgrammeResource(world.access, world.programmeAccess, world.programmeAdmin, world.reports, world.responses, world.confluence.i18n());
    }

    /** The HTML of a GET of a servlet path below {@code /plugins/servlet}, with the given query parameters. */
    String servlet(String user, String path, Map<String, String> parameters) throws Exception {
        HttpServlet servlet = path.startsWith("/mentoring/programmes") ? admin : coordinator;
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRequestURI()).thenReturn("/confluence/plugins/servlet" + path);
        when(request.getContextPath()).thenReturn("/confluence");
        when(request.getRequestURL()).thenReturn(new StringBuffer("http://wiki.test/confluence/plugins/servlet" + path));
        when(request.getParameter(anyString())).thenAnswer(call -> parameters.get(call.<String>getArgument(0)));
        when(request.getMethod()).thenReturn("GET");
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter body = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        world.confluence.loginAs(user);
        try {
            servlet.service(request, response);
        } finally {
            world.confluence.loginAs(null);
        }
        return body.toString();
    }

    String macro(String user, String programme) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn("display");
        world.confluence.loginAs(user);
        try {
            return macro.execute(Map.of("programme", programme), null, context);
        } finally {
            world.confluence.loginAs(null);
        }
    }

    /** The JSON a REST call answers (any status). */
    JsonNode json(String user, java.util.function.Function<ProgrammeResource, Response> call) {
        world.confluence.loginAs(user);
        try {
            return JSON.valueToTree(call.apply(rest).getEntity());
        } finally {
            world.confluence.loginAs(null);
        }
    }

    String csv(String user, String programme, String status, String q) throws Exception {
        world.confluence.loginAs(user);
        try {
            Response response = rest.csv(programme, null, null, status, q);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((StreamingOutput) response.getEntity()).write(out);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            world.confluence.loginAs(null);
        }
    }

    List<Rendering> renderings() {
        return renderer.renderings();
    }

    /** Every key path of the view models rendered so far: {@code template:key.key[].key}. */
    Set<String> viewModelPaths() {
        Set<String> paths = new TreeSet<>();
        for (Rendering rendering : renderer.renderings()) {
            String template = rendering.template().substring(rendering.template().lastIndexOf('/') + 1);
            walk(template + ":", rendering.context(), paths);
        }
        return paths;
    }

    private static void walk(String path, Object value, Set<String> paths) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String child = path + (path.endsWith(":") ? "" : ".") + entry.getKey();
                paths.add(child);
                walk(child, entry.getValue(), paths);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                walk(path + "[]", item, paths);
            }
        }
    }

    /** Every field path of a JSON answer: {@code key.key[].key}. */
    static Set<String> jsonPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        walk("", node, paths);
        return paths;
    }

    private static void walk(String path, JsonNode node, Set<String> paths) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                String child = path.isEmpty() ? name : path + "." + name;
                paths.add(child);
                walk(child, node.get(name), paths);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                walk(path + "[]", item, paths);
            }
        }
    }
}
