package io.mentoringspaces.confluence;

import com.atlassian.sal.api.UrlMode;
import java.net.URI;
import java.util.function.Supplier;

/**
 * SAL's ApplicationProperties: the base URL, absolute (scheme, host, context path) for CANONICAL,
 * ABSOLUTE and AUTO, and only the context path for RELATIVE and RELATIVE_CANONICAL.
 */
final class SiteApplicationProperties {

    private final Supplier<String> baseUrl;

    SiteApplicationProperties(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getBaseUrl(UrlMode urlMode) {
        String base = baseUrl.get();
        if (urlMode == UrlMode.RELATIVE || urlMode == UrlMode.RELATIVE_CANONICAL) {
            String path = URI.create(base).getRawPath();
            return path == null ? "" : path;
        }
        return base;
    }
}
