package io.mentoringspaces.rest;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import io.mentoringspaces.model.CadenceFigures;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.rest.dto.MeetingsStateDto;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.ProgrammeService;
import io.mentoringspaces.view.CoordinatorNotice;
import io.mentoringspaces.view.MeetingsView;
import io.mentoringspaces.view.Viewer;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The meeting timeline of a space's growth plan, as the meetings macro shows it (its coordinator notice included). */
@Path("/spaces/{spaceKey}/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    private final AccessService access;
    private final PageRequests requests;
    private final MeetingService meetings;
    private final MeetingsView view;
    private final CoordinatorNotice notice;
    private final ProgrammeService programmes;
    private final RestResponses responses;

    @Inject
    public MeetingResource(AccessService access, PageRequests requests, MeetingService meetings, MeetingsView view,
            CoordinatorNotice notice, ProgrammeService programmes, RestResponses responses) {
        this.access = access;
        this.requests = requests;
        this.meetings = meetings;
        this.view = view;
        this.notice = notice;
        this.programmes = programmes;
        this.responses = responses;
    }

    @GET
    @AnonymousSiteAccess
    public Response meetings(@PathParam("spaceKey") String spaceKey) {
        return responses.ok(() -> {
            ConfluenceUser user = requests.spaceReader(spaceKey);
            GrowthPlan plan = requests.plan(spaceKey);
            List<MeetingLink> links = meetings.meetings(plan.id());
            CadenceFigures figures = view.figures(plan, links);
            List<Long> visible = new ArrayList<>();
            for (MeetingLink link : links) {
                if (!link.trashed() && access.viewablePage(user, link.pageId()) != null) {
                    visible.add(0, link.pageId());
                }
            }
            return new MeetingsStateDto(figures.held(), figures.expected(), figures.adherencePercent(),
                    figures.daysSinceLast(), iso(figures.lastMeeting()), iso(figures.nextDue()), figures.overdue(),
                    figures.stalled(), visible, view.render(plan, links, new Viewer(user, 0, false, true),
                            notice.inSpace(plan, programmes::findById)));
        });
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
