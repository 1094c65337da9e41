package io.mentoringspaces.rest;

import com.atlassian.confluence.core.DefaultSaveContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.mentoringspaces.model.ActionItem;
import io.mentoringspaces.model.CarriedActionItem;
import io.mentoringspaces.rest.PageRequests.PageRequest;
import io.mentoringspaces.rest.dto.ActionItemDto;
import io.mentoringspaces.rest.dto.ActionItemListDto;
import io.mentoringspaces.service.ActionItemService;
import io.mentoringspaces.service.ConflictException;
import io.mentoringspaces.service.MeetingService;
import io.mentoringspaces.service.NotFoundException;
import io.mentoringspaces.storage.StorageFormatException;
import io.mentoringspaces.storage.TaskStatusWriter;
import io.mentoringspaces.view.ActionItemsView;
import io.mentoringspaces.view.ViewSupport;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The open action items of the meetings before a meeting page (read by anybody who may view the page;
 * each item only when they may view the page it is on), and completing or reopening one: that changes
 * the status of the Confluence task in its page, saved as a new version by the user (who must be able
 * to edit that page), and the app records when. Both answer with the list re-rendered for the page.
 */
@Path("/pages/{pageId}/action-items")
@Produces(MediaType.APPLICATION_JSON)
public class ActionItemResource {

    private final PageRequests requests;
    private final MeetingService meetings;
    private final ActionItemService actionItems;
    private final ActionItemsView view;
    private final PageManager pageManager;
    private final ViewSupport support;
    private final RestResponses responses;

    @Inject
    public ActionItemResource(PageRequests requests, MeetingService meetings, ActionItemService actionItems,
            ActionItemsView view, PageManager pageManager, ViewSupport support, RestResponses responses) {
        this.requests = requests;
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.view = view;
        this.pageManager = pageManager;
        this.support = support;
        this.responses = responses;
    }

    @GET
    @AnonymousSiteAccess
    public Response openBefore(@PathParam("pageId") long pageId) {
        return responses.ok(() -> list(meeting(requests.read(pageId))));
    }

    /**
     * Completes ({@code {"done": true}}) or reopens ({@code false}) the task {@code taskId} of the earlier
     * meeting page {@code sourcePageId}, from the list on page {@code pageId}.
     */
    @PUT
    @Path("{sourcePageId}/{taskId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response setDone(@PathParam("pageId") long pageId, @PathParam("sourcePageId") long sourcePageId,
            @PathParam("taskId") String taskId, Map<String, Object> body) {
        return responses.ok(() -> {
            PageRequest request = meeting(requests.read(pageId));
            PageRequest source = requests.change(sourcePageId);
            boolean done = PageRequests.bool(PageRequests.body(body), "done");
            ActionItem item = actionItems.find(sourcePageId, taskId)
                    .filter(found -> source.plan().id() == request.plan().id())
                    .orElseThrow(() -> new NotFoundException("taskId", "mentoring.error.action.item.unknown"));
            saveTaskStatus(source.page(), item.taskId(), done);
            actionItems.recordStatus(sourcePageId, item.taskId(), done);
            return list(request);
        });
    }

    /** Sets the task's status in the page's storage format and saves the page, unless it has that status already. */
    private void saveTaskStatus(AbstractPage page, String taskId, boolean done) {
        String body = page.getBodyAsString();
        String changed;
        try {
            changed = TaskStatusWriter.withStatus(body, taskId, done);
        } catch (StorageFormatException e) {
            throw new ConflictException("pageId", "mentoring.error.page.unreadable");
        }
        if (changed == null) {
            throw new ConflictException("taskId", "mentoring.error.action.item.gone");
        }
        if (!changed.equals(body)) {
            pageManager.saveNewVersion(page, current -> current.setBodyAsString(changed), DefaultSaveContext.DEFAULT);
        }
    }

    /** The request, when its page is a meeting of its space's plan (not trashed). */
    private PageRequest meeting(PageRequest request) {
        meetings.findByPageId(request.page().getId())
                .filter(link -> link.planId() == request.plan().id() && !link.trashed())
                .orElseThrow(() -> new NotFoundException("pageId", "mentoring.error.meeting.unknown"));
        return request;
    }

    private ActionItemListDto list(PageRequest request) {
        List<ActionItemsView.Shown> shown = view.visible(
                actionItems.openBefore(request.plan().id(), request.page().getId()), request.plan(), request.user());
        return new ActionItemListDto(shown.stream().map(item -> dto(item.carried())).toList(),
                view.render(shown, request.viewer()));
    }

    private ActionItemDto dto(CarriedActionItem carried) {
        ActionItem item = carried.item();
        return new ActionItemDto(item.pageId(), item.taskId(), item.text(), item.assigneeKey(),
                item.assigneeKey() == null ? null : support.userName(item.assigneeKey()),
                item.dueDate() == null ? null : item.dueDate().toString(), carried.meetingDate().toString(), item.done(),
                MeetingRecordResource.iso(item.completedAt()),
                !item.done() && item.dueDate() != null && item.dueDate().isBefore(support.today()));
    }
}
