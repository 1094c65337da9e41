package io.mentoringspaces.rest;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.blueprint.MeetingWizardInput;
import io.mentoringspaces.blueprint.SpaceWizardInput;
import io.mentoringspaces.blueprint.SpaceWizardValidator;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.rest.dto.MeetingDefaultsDto;
import io.mentoringspaces.rest.dto.ProgrammeOptionDto;
import io.mentoringspaces.rest.dto.SpaceWizardCheckDto;
import io.mentoringspaces.rest.dto.SpaceWizardOptionsDto;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.CadenceCalculator;
import io.mentoringspaces.service.PlanService;
import io.mentoringspaces.service.ProgrammeService;
import io.mentoringspaces.view.CoordinatorNotice;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the blueprint wizards ask the server, for logged-in users who may use Confluence: the
 * Mentoring space wizard's programmes and defaults (with what each programme's coordinators will be
 * able to read) and the check of its fields before the space is created; the Mentoring meeting
 * wizard's default date and the check of its fields before the page is created (refusals name the
 * field).
 */
@Path("/blueprints")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class BlueprintResource {

    private final AccessService access;
    private final ProgrammeService programmes;
    private final PlanService plans;
    private final CadenceCalculator cadence;
    private final SpaceWizardValidator validator;
    private final CoordinatorNotice notice;
    private final I18nResolver i18n;
    private final RestResponses responses;

    @Inject
    public BlueprintResource(AccessService access, ProgrammeService programmes, PlanService plans, CadenceCalculator cadence,
            SpaceWizardValidator validator, CoordinatorNotice notice, I18nResolver i18n, RestResponses responses) {
        this.access = access;
        this.programmes = programmes;
        this.plans = plans;
        this.cadence = cadence;
        this.validator = validator;
        this.notice = notice;
        this.i18n = i18n;
        this.responses = responses;
    }

    /**
     * The active programmes by name, or only the default programme (created on first use) when there is
     * none; a programme whose coordinators will be able to read the space carries the notice that says so.
     */
    @GET
    @Path("mentoring-space/options")
    public Response spaceOptions() {
        ConfluenceUser user = Caller.current(access, responses);
        if (user == null) {
            return responses.notLoggedIn();
        }
        List<ProgrammeOptionDto> active = programmes.list(false).stream()
                .map(p -> new ProgrammeOptionDto(p.key(), p.name(), name(p.defaultCadence()), notice.beforeCreation(p)))
                .toList();
        List<ProgrammeOptionDto> options = !active.isEmpty() ? active : List.of(new ProgrammeOptionDto(ProgrammeService.DEFAULT_KEY,
                programmes.findByKey(ProgrammeService.DEFAULT_KEY).map(Programme::name)
                        .orElse(i18n.getText("mentoring.programme.default.name")),
                name(Cadence.WEEKLY), null));
        return responses.ok(() -> new SpaceWizardOptionsDto(options, cadence.today().toString(), user.getName()));
    }

    /** Checks the wizard's fields as the space set-up will; 400 naming the field at fault. */
    @POST
    @Path("mentoring-space/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkSpaceFields(Map<String, Object> fields) {
        ConfluenceUser user = Caller.current(access, responses);
        if (user == null) {
            return responses.notLoggedIn();
        }
        if (fields == null) {
            return responses.missingBody();
        }
        return responses.ok(() -> {
            SpaceWizardInput input = validator.validate(fields, user);
            return new SpaceWizardCheckDto(input.startDate().toString(), name(input.cadence()), input.objectives().size());
        });
    }

    /** The next due meeting date of the space's plan (today when the space has no plan or is overdue). */
    @GET
    @Path("meeting/defaults")
    public Response meetingDefaults(@QueryParam("spaceKey") String spaceKey) {
        return withSpace(spaceKey, () -> new MeetingDefaultsDto(nextMeetingDate(spaceKey).toString()));
    }

    /**
     * Checks the Mentoring meeting wizard's fields ({@code spaceKey}, {@code meetingDate}, {@code aims})
     * as the page's context provider will, before the page is created: 400 naming the field at fault,
     * or the meeting date the page will get.
     */
    @POST
    @Path("meeting/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkMeetingFields(Map<String, Object> fields) {
        if (Caller.current(access, responses) == null) {
            return responses.notLoggedIn();
        }
        if (fields == null) {
            return responses.missingBody();
        }
        String spaceKey = PageRequests.text(fields, "spaceKey");
        return withSpace(spaceKey, () -> new MeetingDefaultsDto(MeetingWizardInput.read(fields, nextMeetingDate(spaceKey))
                .meetingDate().toString()));
    }

    /** {@code work}'s answer for a logged-in user who may view the space; refused otherwise, naming nothing. */
    private Response withSpace(String spaceKey, Supplier<?> work) {
        ConfluenceUser user = Caller.current(access, responses);
        if (user == null) {
            return responses.notLoggedIn();
        }
        if (!access.canViewSpace(user, spaceKey)) {
            return responses.notFound();
        }
        return responses.ok(work);
    }

    private LocalDate nextMeetingDate(String spaceKey) {
        return plans.findBySpaceKey(spaceKey).map(cadence::nextMeetingDate).orElse(cadence.today());
    }

    private static String name(Cadence cadence) {
        return cadence.name().toLowerCase(Locale.ROOT);
    }
}
