package io.mentoringspaces.rest;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistItem;
import io.mentoringspaces.model.ChecklistState;
import io.mentoringspaces.rest.PageRequests.PageRequest;
import io.mentoringspaces.rest.dto.ChecklistItemDto;
import io.mentoringspaces.rest.dto.ChecklistStateDto;
import io.mentoringspaces.service.ChecklistService;
import io.mentoringspaces.service.ConflictException;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.storage.PageMacros;
import io.mentoringspaces.storage.StorageFormatException;
import io.mentoringspaces.storage.StorageReader;
import io.mentoringspaces.view.ChecklistView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * A checklist macro on a page, by its checklist id: read its state, tick or untick an item. The
 * items are read from the page as saved, so only items on the checklist can be ticked. The built-in
 * mentee checklist is ticked by the plan's mentee only (403 for anybody else); other checklists by
 * everybody who may edit the page.
 */
@Path("/pages/{pageId}/checklists/{checklistId}")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    private final PageRequests requests;
    private final ChecklistService checklists;
    private final ChecklistView view;
    private final RestResponses responses;

    @Inject
    public ChecklistResource(PageRequests requests, ChecklistService checklists, ChecklistView view,
            RestResponses responses) {
        this.requests = requests;
        this.checklists = checklists;
        this.view = view;
        this.responses = responses;
    }

    @GET
    @AnonymousSiteAccess
    public Response checklist(@PathParam("pageId") long pageId, @PathParam("checklistId") String checklistId) {
        return responses.ok(() -> {
            PageRequest request = requests.read(pageId);
            List<ChecklistEntry> entries = entries(request, checklistId);
            return dto(checklistId, checklists.read(request.plan().id(), checklistId), entries, request);
        });
    }

    /** Ticks or unticks an item: {@code {"done": true}}. */
    @PUT
    @Path("items/{itemKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response tick(@PathParam("pageId") long pageId, @PathParam("checklistId") String checklistId,
            @PathParam("itemKey") String itemKey, Map<String, Object> body) {
        return responses.ok(() -> {
            PageRequest request = requests.change(pageId);
            if (!request.viewer().mayTick(request.plan(), checklistId)) {
                throw new WebApplicationException(responses.refusal(403, "checklistId", "mentoring.rest.error.checklist.mentee.only"));
            }
            boolean done = PageRequests.bool(PageRequests.body(body), "done");
            List<ChecklistEntry> entries = entries(request, checklistId);
            ChecklistState state = checklists.tick(request.plan().id(), checklistId, entries, itemKey, done,
                    request.user().getKey().getStringValue());
            return dto(checklistId, state, entries, request);
        });
    }

    /**
     * The checklist's entries as the page's checklist macro with that id writes them, read from the
     * page's storage format as the macro and the page index read them. 404 when the page has no such
     * checklist; 409 when the page cannot be read.
     */
    private static List<ChecklistEntry> entries(PageRequest request, String checklistId) {
        PageMacros macros;
        try {
            macros = StorageReader.read(request.page().getBodyAsString());
        } catch (StorageFormatException e) {
            throw new ConflictException("pageId", "mentoring.error.page.unreadable");
        }
        return macros.checklist(checklistId)
                .orElseThrow(() -> new NotFoundException("checklistId", "mentoring.error.checklist.unknown"));
    }

    private ChecklistStateDto dto(String checklistId, ChecklistState state, List<ChecklistEntry> entries, PageRequest request) {
        List<ChecklistItem> items = state.resolve(entries);
        int done = (int) items.stream().filter(ChecklistItem::done).count();
        return new ChecklistStateDto(checklistId, done, items.size(), ChecklistView.percent(items),
                items.stream().map(item -> new ChecklistItemDto(item.key(), item.done())).toList(),
                view.render(request.plan(), checklistId, items, request.viewer()));
    }
}
