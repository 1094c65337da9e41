package io.mentoringspaces.testsupport;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A Jetty serving one servlet context on a free loopback port, where the header
 * {@link RestServer#USER_HEADER} names the logged-in user of each request (none: anonymous).
 */
final class LoopbackJetty {

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    LoopbackJetty(ConfluenceFixture confluence, ServletContextHandler context) throws Exception {
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        Filter login = (request, response, chain) -> {
            confluence.loginAs(((HttpServletRequest) request).getHeader(RestServer.USER_HEADER));
            try {
                chain.doFilter(request, response);
            } finally {
                confluence.loginAs(null);
            }
        };
        context.addFilter(new FilterHolder(login), "/*", EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + connector.getLocalPort();
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the test server", e);
        }
    }
}
