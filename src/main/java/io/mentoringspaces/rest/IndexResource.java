package io.mentoringspaces.rest;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.index.PageIndexer;
import io.mentoringspaces.rest.dto.RebuildDto;
import io.mentoringspaces.service.AccessService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code POST /spaces/{spaceKey}/index/rebuild} (JSON body, may be {@code {}}): rebuilds the space's
 * meeting links and goal index from its pages. For Confluence administrators and the space's
 * administrators; others get 404 when they cannot see the space, 403 when they can.
 */
@Path("/spaces/{spaceKey}/index")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class IndexResource {

    private final AccessService access;
    private final PageIndexer indexer;
    private final RestResponses responses;

    @Inject
    public IndexResource(AccessService access, PageIndexer indexer, RestResponses responses) {
        this.access = access;
        this.indexer = indexer;
        this.responses = responses;
    }

    @POST
    @Path("rebuild")
    public Response rebuild(@PathParam("spaceKey") String spaceKey, Map<String, Object> body) {
        ConfluenceUser user = Caller.current(access, responses);
        if (user == null) {
            return responses.notLoggedIn();
        }
        if (!access.isConfluenceAdmin(user) && !access.canAdministerSpace(user, spaceKey)) {
            return access.canViewSpace(user, spaceKey) ? responses.forbidden() : responses.notFound();
        }
        return responses.ok(() -> {
            PageRequests.body(body);
            return new RebuildDto(indexer.rebuild(spaceKey));
        });
    }
}
