package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/** Host-API declaration (sal-api): i18n texts in the current user's language, or in a given locale. */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);
}
