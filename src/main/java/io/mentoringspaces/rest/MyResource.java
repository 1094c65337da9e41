package io.mentoringspaces.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.confluence.user.ConfluenceUser;
import io.mentoringspaces.model.MyPair;
import io.mentoringspaces.rest.dto.MyPairDto;
import io.mentoringspaces.rest.dto.MyPairsDto;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.MyMentoringService;
import io.mentoringspaces.view.ViewSupport;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's own pairs: {@code /rest/mentoring/1.0/my/pairs}, the same as the "My mentoring" page.
 * Every logged-in user who may use Confluence gets their own (an empty list without any); anonymous
 * users get 401.
 */
@Path("/my")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class MyResource {

    private final AccessService access;
    private final MyMentoringService mine;
    private final ViewSupport views;
    private final RestResponses responses;

    @Inject
    public MyResource(AccessService access, MyMentoringService mine, ViewSupport views, RestResponses responses) {
        this.access = access;
        this.mine = mine;
        this.views = views;
        this.responses = responses;
    }

    /** The user's active pairs whose space they may view, most urgent first. */
    @GET
    @Path("/pairs")
    public Response pairs() {
        ConfluenceUser user = Caller.current(access, responses);
        if (user == null) {
            return responses.notLoggedIn();
        }
        return responses.ok(() -> {
            List<MyPairDto> pairs = new ArrayList<>();
            for (MyPair pair : mine.pairs(user)) {
                pairs.add(new MyPairDto(pair, views.userName(pair.partnerKey())));
            }
            return new MyPairsDto(pairs);
        });
    }
}
