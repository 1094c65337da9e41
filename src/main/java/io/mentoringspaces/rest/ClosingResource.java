package io.mentoringspaces.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.index.PageIndexer;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.rest.PageRequests.PageRequest;
import io.mentoringspaces.rest.PageRequests.PairMember;
import io.mentoringspaces.rest.dto.ClosingDto;
import io.mentoringspaces.service.GoalService;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.view.ClosingView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Closing and reopening a pair's mentorship from a page of its space (the closing review page, whose
 * closing macro sends these), by its mentee or mentor: {@code POST /pages/{pageId}/mentorship/close} and
 * {@code POST /pages/{pageId}/mentorship/reopen}, each with the JSON body {@code {}}. Closing records the
 * page as the mentorship's closing review. Reopening rebuilds the space's index, so that the pages
 * written while the mentorship was closed count from then. Anonymous users are asked to log in, users
 * who may not view the page are told nothing exists, and anybody else who is not of the pair is refused.
 */
@Path("/pages/{pageId}/mentorship")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClosingResource {

    private final PageRequests requests;
    private final PlanService plans;
    private final GoalService goals;
    private final PageIndexer indexer;
    private final RestResponses responses;
    private final ClosingView view;

    @Inject
    public ClosingResource(PageRequests requests, PlanService plans, GoalService goals, PageIndexer indexer, RestResponses responses,
            ClosingView view) {
        this.requests = requests;
        this.plans = plans;
        this.goals = goals;
        this.indexer = indexer;
        this.responses = responses;
        this.view = view;
    }

    @POST
    @Path("close")
    @LicensedOnly
    public Response close(@PathParam("pageId") long pageId, Map<String, Object> body) {
        return change(pageId, body, request -> plans.close(request.plan().id(), request.user().getKey().getStringValue(),
                request.page().getId()));
    }

    @POST
    @Path("reopen")
    @LicensedOnly
    public Response reopen(@PathParam("pageId") long pageId, Map<String, Object> body) {
        return change(pageId, body, request -> {
            plans.reopen(request.plan().id());
            indexer.rebuild(request.plan().spaceKey());
            return plans.getBySpaceKey(request.plan().spaceKey());
        });
    }

    /** A change by the pair from the page, the body an empty object; answers the plan after it. */
    private Response change(long pageId, Map<String, Object> body, Function<PageRequest, GrowthPlan> change) {
        return responses.ok(() -> {
            PageRequest request = requests.byPair(pageId, PairMember.EITHER);
            PageRequests.body(body);
            return dto(change.apply(request), request);
        });
    }

    private ClosingDto dto(GrowthPlan plan, PageRequest request) {
        return new ClosingDto(plan.status().name().toLowerCase(Locale.ROOT),
                plan.closure() == null ? null : plan.closure().closedOn().toString(),
                view.render(plan, goals.currentGoals(plan.id()), request.viewer()));
    }
}
