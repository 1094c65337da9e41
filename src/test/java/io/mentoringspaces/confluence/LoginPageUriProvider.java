package io.mentoringspaces.confluence;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** SAL's LoginUriProvider: Confluence's login page with the page to go back to as {@code os_destination}. */
final class LoginPageUriProvider {

    private final Supplier<String> baseUrl;
    private final String loginPath;

    LoginPageUriProvider(Supplier<String> baseUrl, String loginPath) {
        this.baseUrl = baseUrl;
        this.loginPath = loginPath;
    }

    public URI getLoginUri(URI returnUri) {
        String destination = returnUri.getRawPath() + (returnUri.getRawQuery() == null ? "" : "?" + returnUri.getRawQuery());
        return URI.create(baseUrl.get() + loginPath + "?os_destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8));
    }
}
