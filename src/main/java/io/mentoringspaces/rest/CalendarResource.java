package io.mentoringspaces.rest;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.model.GrowthPlan;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.view.ViewSupport;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pair's meetings as an iCalendar file to download ({@link MeetingCalendar}): the agreed series
 * and every meeting page. Only the plan's mentee and mentor get it: the file is theirs to put in their
 * own calendars, and it names their meeting pages by title, which is the pair's text (coordinators see
 * figures, never what the pair wrote). Anybody else who may view the space is refused with 403, users
 * who may not view it as if it did not exist, anonymous users with 401. A meeting page the user may
 * not view (a page restriction) is named as the series is, without its title and address.
 */
@Path("/spaces/{spaceKey}/calendar")
@LicensedOnly
public class CalendarResource {

    /** The media type of the file. */
    public static final String TEXT_CALENDAR = "text/calendar";

    private final AccessService access;
    private final PageRequests requests;
    private final MeetingService meetings;
    private final ViewSupport support;
    private final RestResponses responses;
    private final Clock clock;

    @Inject
    public CalendarResource(AccessService access, PageRequests requests, MeetingService meetings, ViewSupport support,
            RestResponses responses, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.meetings = meetings;
        this.support = support;
        this.responses = responses;
        this.clock = clock;
    }

    @GET
    @Produces(TEXT_CALENDAR)
    public Response calendar(@PathParam("spaceKey") String spaceKey) {
        ConfluenceUser user = requests.spaceReader(spaceKey);
        if (user == null) {
            return responses.notLoggedIn();
        }
        GrowthPlan plan;
        try {
            plan = requests.plan(spaceKey);
        } catch (MentoringException e) {
            return responses.refusal(e);
        }
        String userKey = user.getKey().getStringValue();
        if (!plan.isPair(userKey)) {
            return responses.forbidden();
        }
        List<MeetingLink> links = meetings.meetings(plan.id());
        Map<Long, MeetingCalendar.ViewablePage> viewable = new HashMap<>();
        for (MeetingLink link : links) {
            AbstractPage page = link.trashed() ? null : access.viewablePage(user, link.pageId());
            if (page != null) {
                viewable.put(link.pageId(), new MeetingCalendar.ViewablePage(page.getTitle(), support.pageUrl(page.getId())));
            }
        }
        String partner = support.userName(userKey.equals(plan.menteeKey()) ? plan.mentorKey() : plan.menteeKey());
        String body = new MeetingCalendar(clock.getZone(), clock.instant()).write(plan, links, viewable,
                support.text("mentoring.calendar.name", support.userName(plan.menteeKey()), support.userName(plan.mentorKey())),
                support.text("mentoring.calendar.summary", partner));
        return Response.ok(body, TEXT_CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(plan.spaceKey()) + "\"").build();
    }

    /** The file's name: the space key (a personal space's without its tilde) and "-meetings.ics". */
    private static String fileName(String spaceKey) {
        return spaceKey.replaceAll("[^A-Za-z0-9]", "") + "-meetings.ics";
    }
}
