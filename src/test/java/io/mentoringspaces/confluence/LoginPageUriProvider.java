package io.mentoringspaces.confluence;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * SAL's LoginUriProvider as Confluence configures it (SAL's SeraphLoginUriProvider with Seraph's
 * {@code login.url} {@code /login.action?os_destination=${originalurl}}): the base URL, the login page,
 * and the return URI exactly as given, URL-encoded, as {@code os_destination}.
 */
final class LoginPageUriProvider {

    private final Supplier<String> baseUrl;
    private final String loginPath;

    LoginPageUriProvider(Supplier<String> baseUrl, String loginPath) {
        this.baseUrl = baseUrl;
        this.loginPath = loginPath;
    }

    public URI getLoginUri(URI returnUri) {
        return URI.create(baseUrl.get() + loginPath + "?os_destination="
                + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
    }
}
