package io.mentoringspaces.coordinator;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.ErrorIds;
import io.mentoringspaces.service.InputGate;
import io.mentoringspaces.service.InvalidInputException;
import io.mentoringspaces.service.Limits;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.service.ProgrammeAccessService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * What the app's servlet pages share: rendering, the login redirect and decorated refusals; and how
 * every request is served, so that none ends on a page of the servlet container.
 */
final class Pages {

    static final String MESSAGE_TEMPLATE = "templates/coordinator/message.vm";
    /** The pages only show; their forms save through the REST API. */
    static final Set<String> METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** A servlet's own handling of a request it takes. */
    interface Handler {
        void handle() throws ServletException, IOException;
    }

    private final TemplateRenderer renderer;
    private final LoginUriProvider loginUriProvider;
    private final I18nResolver i18n;
    private final LongFunction<String> numbers;
    private final AccessService access;
    private final ProgrammeAccessService programmeAccess;

    /** {@code numbers} writes a whole number in the user's locale. */
    Pages(TemplateRenderer renderer, LoginUriProvider loginUriProvider, I18nResolver i18n, LongFunction<String> numbers,
            AccessService access, ProgrammeAccessService programmeAccess) {
        this.renderer = renderer;
        this.loginUriProvider = loginUriProvider;
        this.i18n = i18n;
        this.numbers = numbers;
        this.access = access;
        this.programmeAccess = programmeAccess;
    }

    /**
     * Serves a request with {@code handler}, once its method is one the pages take (405 otherwise) and
     * its parameters and path passed the {@link InputGate}. A refusal of the input is the refusal page
     * (400, naming the field); an unexpected error is a refusal page with an error id, under which
     * the error is logged.
     */
    void serve(HttpServletRequest request, HttpServletResponse response, Handler handler) throws ServletException, IOException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", METHODS.stream().sorted().toList()));
            message(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "mentoring.coordinator.method.title",
                    i18n.getText("mentoring.rest.error.method"));
            return;
        }
        try {
            checkInput(request);
            handler.handle();
        } catch (InvalidInputException e) {
            if (!response.isCommitted()) {
                response.reset();
                badRequest(response, e);
            }
        } catch (RuntimeException e) {
            String errorId = ErrorIds.log(e);
            if (!response.isCommitted()) {
                response.reset();
                message(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "mentoring.coordinator.unexpected.title",
                        i18n.getText("mentoring.rest.error.unexpected", errorId));
            }
        }
    }

    /** Every parameter, by name, and the path after the servlet's (a programme key), decoded. */
    private static void checkInput(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = InputGate.checkName(parameter.getKey());
            for (String value : parameter.getValue()) {
                InputGate.check(name, value, Limits.PARAMETER);
            }
        }
        InputGate.check("key", request.getPathInfo(), Limits.PARAMETER);
    }

    /** A user let in to the coordinator pages, with the programmes they may see. */
    record Visitor(ConfluenceUser user, List<Programme> programmes, boolean admin) {
    }

    /**
     * Lets in Confluence administrators and coordinators of at least one programme who may use
     * Confluence. Anybody else gets their answer here (anonymous users the login page, the others, a
     * user without Confluence's "can use" permission too, the same refusal, which names nothing) and
     * null is returned. The servlets carry {@code @UnrestrictedAccess} only so that anonymous users
     * get this login redirect; the licence check {@code @LicensedOnly} would make is made here.
     */
    Visitor admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = signedIn(request, response);
        if (user == null) {
            return null;
        }
        List<Programme> visible = programmeAccess.visibleProgrammes(user);
        boolean admin = access.isConfluenceAdmin(user);
        if (visible.isEmpty() && !admin) {
            forbidden(response);
            return null;
        }
        return new Visitor(user, visible, admin);
    }

    /**
     * The logged-in user who may use Confluence, for the pages every such user has (their own). Anonymous
     * users are sent to the login page and users without Confluence's "can use" permission get the
     * refusal page; null is returned for both.
     */
    ConfluenceUser signedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = access.currentUser();
        if (user == null) {
            redirectToLogin(request, response);
            return null;
        }
        if (!access.mayUseConfluence(user)) {
            forbidden(response);
            return null;
        }
        return user;
    }

    /** Sends an anonymous user to Confluence's login, which brings them back to this page. */
    void redirectToLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder url = new StringBuilder(request.getRequestURL());
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        response.sendRedirect(loginUriProvider.getLoginUri(URI.create(url.toString())).toASCIIString());
    }

    /** A decorated page with a title and one message, e.g. a refusal that names nothing behind it. */
    void message(HttpServletResponse response, int status, String titleKey, String message) throws IOException {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("title", i18n.getText(titleKey));
        context.put("message", message);
        response.setStatus(status);
        render(response, MESSAGE_TEMPLATE, context);
    }

    void forbidden(HttpServletResponse response) throws IOException {
        message(response, HttpServletResponse.SC_FORBIDDEN, "mentoring.coordinator.forbidden.title",
                i18n.getText("mentoring.coordinator.forbidden"));
    }

    void notFound(HttpServletResponse response) throws IOException {
        message(response, HttpServletResponse.SC_NOT_FOUND, "mentoring.coordinator.not.found.title",
                i18n.getText("mentoring.rest.error.not.found"));
    }

    void badRequest(HttpServletResponse response, MentoringException e) throws IOException {
        message(response, HttpServletResponse.SC_BAD_REQUEST, "mentoring.coordinator.bad.request.title", e.message(i18n, numbers));
    }

    void render(HttpServletResponse response, String template, Map<String, Object> context) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }
}
