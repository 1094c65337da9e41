package io.mentoringspaces.view;

import com.atlassian.confluence.pages.AbstractPage;
import io.mentoringspaces.model.Feedback;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.MeetingFeedback;
import io.mentoringspaces.model.MeetingLink;
import io.mentoringspaces.model.Suggestion;
import io.mentoringspaces.service.AccessService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The feedback log: both sides' feedback on every meeting of the plan, newest meeting first, as it is
 * now on the meeting pages (their feedback macros' text, the pulses, the mentor's suggestions with the
 * mentee's marks). What people wrote is shown only to users who may view the meeting's page; for any
 * other meeting the log says the page is restricted and shows nothing else of it. Meetings without
 * feedback from either side are left out.
 */
public class FeedbackLogView {

    private static final String TEMPLATE = "templates/macro/feedback-log.vm";

    private final ViewSupport support;
    private final AccessService access;

    public FeedbackLogView(ViewSupport support, AccessService access) {
        this.support = support;
        this.access = access;
    }

    /** {@code meetings} by page id, for the dates and titles of {@code log}'s meetings. */
    public String render(List<MeetingFeedback> log, Map<Long, MeetingLink> meetings, Viewer viewer) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (MeetingFeedback meeting : log) {
            if (!given(meeting)) {
                continue;
            }
            MeetingLink link = meetings.get(meeting.pageId());
            AbstractPage page = access.viewablePage(viewer.user(), meeting.pageId());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("date", support.date(link.effectiveDate()));
            entry.put("title", page == null ? null : page.getTitle());
            entry.put("url", page == null ? null : support.pageUrl(page.getId()));
            entry.put("sides", page == null ? List.of() : sides(meeting));
            entry.put("suggestions", page == null ? List.of() : suggestions(meeting.suggestions()));
            entries.add(entry);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("entries", entries);
        model.put("empty", entries.isEmpty() ? support.text("mentoring.macro.feedback.log.empty") : null);
        model.put("text", Map.of(
                "title", support.text("mentoring.macro.feedback.log.title"),
                "restricted", support.text("mentoring.macro.meetings.restricted"),
                "suggestions", support.text("mentoring.macro.feedback.log.suggestions")));
        model.put("interactive", viewer.interactive());
        return support.render(TEMPLATE, model);
    }

    private static boolean given(MeetingFeedback meeting) {
        return meeting.side(FeedbackSide.MENTEE).given() || meeting.side(FeedbackSide.MENTOR).given()
                || !meeting.suggestions().isEmpty();
    }

    private List<Map<String, Object>> sides(MeetingFeedback meeting) {
        List<Map<String, Object>> sides = new ArrayList<>();
        for (FeedbackSide side : FeedbackSide.values()) {
            Feedback feedback = meeting.side(side);
            if (!feedback.given()) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("heading", support.text(FeedbackView.headingKey(side)));
            row.put("lines", feedback.text() == null ? List.of() : List.of(feedback.text().split("\n")));
            row.put("pulse", !feedback.pulse().given() ? null
                    : support.text("mentoring.macro.feedback.log.pulse", feedback.pulse().value()));
            sides.add(row);
        }
        return sides;
    }

    private List<Map<String, Object>> suggestions(List<Suggestion> suggestions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            rows.add(Map.of("text", suggestion.text(), "mark", suggestion.mark().parameter(),
                    "markText", support.text(FeedbackView.markKey(suggestion.mark()))));
        }
        return rows;
    }
}
