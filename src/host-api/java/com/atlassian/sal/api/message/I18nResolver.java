package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Host-API declaration (sal-api): i18n texts in the current user's language. */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);
}
