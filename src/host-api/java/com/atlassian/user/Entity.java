package com.atlassian.user;

import java.io.Serializable;

/** Host-API declaration (atlassian-user): something with a name. */
public interface Entity extends Serializable {

    String getName();
}
