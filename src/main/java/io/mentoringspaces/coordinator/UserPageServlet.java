package io.mentoringspaces.coordinator;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * A page about the signed-in user's own mentoring, served through {@link Pages}: anonymous users go to
 * the login page, users who may not use Confluence get the refusal page, anybody else gets the page's
 * template with its web resource and the context the page gives for them.
 */
abstract class UserPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Pages pages;
    private final transient PageBuilderService pageBuilder;
    private final String template;
    private final String webResource;

    UserPageServlet(Pages pages, PageBuilderService pageBuilder, String template, String webResource) {
        this.pages = pages;
        this.pageBuilder = pageBuilder;
        this.template = template;
        this.webResource = webResource;
    }

    /** The template's context for the signed-in {@code user}. */
    protected abstract Map<String, Object> context(ConfluenceUser user, HttpServletRequest request);

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        pages.serve(request, response, () -> super.service(request, response));
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = pages.signedIn(request, response);
        if (user == null) {
            return;
        }
        pageBuilder.assembler().resources().requireWebResource(webResource);
        pages.render(response, template, context(user, request));
    }
}
