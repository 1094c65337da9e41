package io.mentoringspaces.rest;

import com.atlassian.confluence.user.ConfluenceUser;
import io.mentoringspaces.service.AccessService;
import jakarta.ws.rs.WebApplicationException;

/**
 * The user a REST request is made by, checked as REST v2 checks its access annotations before a
 * resource runs: a logged-in user without Confluence's "can use" permission (no licence, no
 * application access) is refused with 401, as both {@code @LicensedOnly} and
 * {@code @AnonymousSiteAccess} refuse them, whatever the endpoint and whatever the host checked.
 */
final class Caller {

    private Caller() {
    }

    /** The current user, or null when anonymous; refused when they may not use Confluence. */
    static ConfluenceUser current(AccessService access, RestResponses responses) {
        ConfluenceUser user = access.currentUser();
        if (user != null && !access.mayUseConfluence(user)) {
            throw new WebApplicationException(responses.unlicensed());
        }
        return user;
    }
}
