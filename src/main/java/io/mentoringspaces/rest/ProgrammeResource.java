package io.mentoringspaces.rest;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.PairQuery;
import io.mentoringspaces.model.PairRow;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeReport;
import io.mentoringspaces.rest.dto.ArchiveDto;
import io.mentoringspaces.rest.dto.PairDto;
import io.mentoringspaces.rest.dto.PairPageDto;
import io.mentoringspaces.rest.dto.ProgrammeDto;
import io.mentoringspaces.rest.dto.ProgrammeInputDto;
import io.mentoringspaces.rest.dto.SummaryDto;
import io.mentoringspaces.service.AccessService;
import io.mentoringspaces.service.FieldChecks;
import io.mentoringspaces.service.MentoringException;
import io.mentoringspaces.service.ProgrammeAccessService;
import io.mentoringspaces.service.ProgrammeAdminService;
import io.mentoringspaces.service.ProgrammeReportService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Programmes and their pairs: {@code /rest/mentoring/1.0/programmes/...}. Administrators create,
 * change and archive programmes and see every programme; a programme's coordinators see its figures
 * and may change its description and default cadence. Anybody else is refused (401 anonymous or
 * without Confluence's "can use" permission, 403 logged in) before any programme is looked at; a
 * programme that does not exist or is not the user's is 404.
 */
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ProgrammeResource {

    private final AccessService access;
    private final ProgrammeAccessService programmeAccess;
    private final ProgrammeAdminService admin;
    private final ProgrammeReportService reports;
    private final RestResponses responses;
    private final I18nResolver i18n;

    @Inject
    public ProgrammeResource(AccessService access, ProgrammeAccessService programmeAccess, ProgrammeAdminService admin,
            ProgrammeReportService reports, RestResponses responses, I18nResolver i18n) {
        this.access = access;
        this.programmeAccess = programmeAccess;
        this.admin = admin;
        this.reports = reports;
        this.responses = responses;
        this.i18n = i18n;
    }

    /** The programmes the user administers or coordinates. */
    @GET
    public Response list() {
        return withVisible(visible -> responses.ok(() -> visible.stream().map(ProgrammeDto::new).toList()));
    }

    /** Creates a programme (administrators). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ProgrammeInputDto body) {
        ConfluenceUser user = Caller.current(access, responses);
        if (user == null) {
            return responses.notLoggedIn();
        }
        if (!access.isConfluenceAdmin(user)) {
            return responses.forbidden();
        }
        if (body == null) {
            return responses.missingBody();
        }
        return responses.ok(() -> {
            FieldChecks checks = new FieldChecks();
            return new ProgrammeDto(admin.create(body.toInput(checks), checks));
        });
    }

    @GET
    @Path("/{key}")
    public Response get(@PathParam("key") String key) {
        return withProgramme(key, programme -> responses.ok(() -> new ProgrammeDto(programme)));
    }

    /**
     * Changes a programme: administrators everything but the key; its coordinators the description
     * and default cadence only (any other field that differs is refused with 403).
     */
    @PUT
    @Path("/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("key") String key, ProgrammeInputDto body) {
        return withProgramme(key, programme -> {
            if (body == null) {
                return responses.missingBody();
            }
            if (access.isConfluenceAdmin(access.currentUser())) {
                return responses.ok(() -> {
                    FieldChecks checks = new FieldChecks();
                    return new ProgrammeDto(admin.update(programme.key(), body.toInput(checks), checks));
                });
            }
            try {
                if (changesMoreThanACoordinatorMay(programme, body)) {
                    return responses.forbidden();
                }
            } catch (MentoringException e) {
                return responses.refusal(e);
            }
            return responses.ok(() -> {
                FieldChecks checks = new FieldChecks();
                Cadence cadence = checks.check(body::cadence);
                return new ProgrammeDto(admin.updateDescriptionAndCadence(programme, body.getDescription(), cadence, checks));
            });
        });
    }

    /** Archives or restores a programme (administrators): {@code {"archived": true}}. */
    @PUT
    @Path("/{key}/archived")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response archive(@PathParam("key") String key, ArchiveDto body) {
        return withProgramme(key, programme -> {
            if (!access.isConfluenceAdmin(access.currentUser())) {
                return responses.forbidden();
            }
            if (body == null || body.getArchived() == null) {
                return responses.missingBody();
            }
            return responses.ok(() -> new ProgrammeDto(admin.setArchived(programme.key(), body.getArchived())));
        });
    }

    @GET
    @Path("/{key}/summary")
    public Response summary(@PathParam("key") String key) {
        return withProgramme(key, programme -> responses.ok(() -> new SummaryDto(programme.key(),
                reports.report(programme, PairQuery.firstPage(1)).summary())));
    }

    /** A page of the programme's pairs: {@code sort}, {@code order}, {@code status}, {@code q}, {@code start}, {@code limit}. */
    @GET
    @Path("/{key}/pairs")
    public Response pairs(@PathParam("key") String key, @QueryParam("sort") String sort, @QueryParam("order") String order,
            @QueryParam("status") String status, @QueryParam("q") String q, @QueryParam("start") String start,
            @QueryParam("limit") String limit) {
        return withProgramme(key, programme -> responses.ok(() -> {
            ProgrammeReport report = reports.report(programme, reports.query(sort, order, status, q, start, limit));
            List<PairRow> rows = report.page().rows();
            Map<String, Space> viewable = access.viewableSpaces(access.currentUser(), rows.stream().map(PairRow::spaceKey).toList());
            List<PairDto> pairs = new ArrayList<>();
            for (PairRow row : rows) {
                Space space = viewable.get(row.spaceKey());
                pairs.add(new PairDto(row, space == null ? null : space.getName()));
            }
            return new PairPageDto(report.page().total(), report.page().start(), report.page().limit(), pairs);
        }));
    }

    /** Every pair matching the same filters and order as {@link #pairs}, as CSV (see {@link PairsCsv}). */
    @GET
    @Path("/{key}/pairs.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("key") String key, @QueryParam("sort") String sort, @QueryParam("order") String order,
            @QueryParam("status") String status, @QueryParam("q") String q) {
        return withProgramme(key, programme -> {
            PairQuery query;
            try {
                query = reports.query(sort, order, status, q, null, null);
            } catch (MentoringException e) {
                return responses.refusal(e);
            }
            StreamingOutput body = out -> {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                PairsCsv csv = new PairsCsv(writer);
                csv.header(i18n);
                reports.forEachPair(programme, query, row -> {
                    try {
                        csv.row(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                writer.flush();
            };
            return Response.ok(body, "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + programme.key() + "-pairs.csv\"")
                    .build();
        });
    }

    private static boolean changesMoreThanACoordinatorMay(Programme programme, ProgrammeInputDto body) {
        return differs(body.getName(), programme.name()) || differs(body.getCoordinatorGroup(), programme.coordinatorGroup())
                || (body.access() != null && body.access() != programme.coordinatorAccess())
                || (body.getKey() != null && !body.getKey().strip().equals(programme.key()));
    }

    private static boolean differs(String submitted, String current) {
        return submitted != null && !Objects.equals(submitted.strip(), current);
    }

    /** Runs {@code work} with the programmes the user may see, after refusing anonymous users and non-coordinators. */
    private Response withVisible(Function<List<Programme>, Response> work) {
        ConfluenceUser user = Caller.current(access, responses);
        if (user == null) {
            return responses.notLoggedIn();
        }
        List<Programme> visible = programmeAccess.visibleProgrammes(user);
        if (visible.isEmpty() && !access.isConfluenceAdmin(user)) {
            return responses.forbidden();
        }
        return work.apply(visible);
    }

    private Response withProgramme(String key, Function<Programme, Response> work) {
        return withVisible(visible -> ProgrammeAccessService.find(visible, key).map(work).orElseGet(responses::notFound));
    }
}
