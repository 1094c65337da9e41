package io.mentoringspaces.confluence;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * What the web server adds to be Confluence for people ({@link Site}): Confluence's pages
 * ({@link SitePages}), the decoration of plugin servlets ({@link Decorator}), the web resources
 * ({@link WebResources}) and files ({@link StaticFiles}) the pages load; who a request's session signed
 * in; and, after each request, {@code afterRequest} (the content is saved).
 */
final class SiteUi {

    private final Site site;
    private final SitePages pages;
    private final Decorator decorator;
    private final WebResources webResources;
    private final RecordingPageBuilder pageBuilder;
    private final Runnable afterRequest;

    SiteUi(Site site, SitePages pages, Decorator decorator, WebResources webResources, RecordingPageBuilder pageBuilder,
            Runnable afterRequest) {
        this.site = site;
        this.pages = pages;
        this.decorator = decorator;
        this.webResources = webResources;
        this.pageBuilder = pageBuilder;
        this.afterRequest = afterRequest;
    }

    void install(ServletContextHandler context) {
        context.addFilter(new FilterHolder(decorator), "/plugins/servlet/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(webResources.servlet()), WebResources.PATH + "/*");
        context.addServlet(new ServletHolder(new StaticFiles(site.nodeModules())), StaticFiles.PATH + "/*");
        context.addServlet(new ServletHolder(pages), "/");
    }

    /** The user the request's session signed in ("" for nobody: null); on a first visit the site's first user. */
    String signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object name = session == null ? null : session.getAttribute(SitePages.SESSION_USER);
        if (name == null) {
            return site.firstUser();
        }
        return name.toString().isEmpty() ? null : name.toString();
    }

    void beginRequest() {
        pageBuilder.beginRequest();
    }

    void endRequest() {
        afterRequest.run();
    }
}
