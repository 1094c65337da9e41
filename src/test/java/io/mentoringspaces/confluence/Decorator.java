package io.mentoringspaces.confluence;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Confluence's SiteMesh decoration of plugin servlets: an HTML page that asks for a decorator
 * ({@code <meta name="decorator" ...>}) is shown with its title and body inside Confluence's page
 * ({@link PageLayout}), with the web resources its servlet required; anything else passes unchanged.
 */
final class Decorator implements Filter {

    private final PageLayout layout;

    Decorator(PageLayout layout) {
        this.layout = layout;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        Capture capture = new Capture(http);
        chain.doFilter(request, capture);
        byte[] body = capture.bytes();
        String type = capture.getContentType();
        String html = type != null && type.startsWith("text/html") ? new String(body, StandardCharsets.UTF_8) : null;
        if (html == null || !html.contains("<meta name=\"decorator\"")) {
            http.getOutputStream().write(body);
            return;
        }
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        String decorated = layout.render(new PageLayout.View(page.title(), null, List.of(),
                null, page.body().html()), (HttpServletRequest) request);
        byte[] out = decorated.getBytes(StandardCharsets.UTF_8);
        http.setContentLength(out.length);
        http.getOutputStream().write(out);
    }

    /** Keeps what the servlet writes, to decorate it once it is complete. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking only");
                    }
                };
            }
            return stream;
        }

        @Override
        public void setContentLength(int length) {
            // The decorated page has another length.
        }

        @Override
        public void setContentLengthLong(long length) {
            // The decorated page has another length.
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
