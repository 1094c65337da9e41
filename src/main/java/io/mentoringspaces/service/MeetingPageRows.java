package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.ActionItemEntity;
import io.mentoringspaces.ao.FeedbackEntity;
import io.mentoringspaces.ao.SuggestionEntity;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.model.SuggestionMark;
import io.mentoringspaces.model.WrittenItem;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The rows the index keeps of what a meeting page holds: its action items (one per task id), each
 * side's feedback text and the mentor's suggestions (keyed as checklist items are). {@link #changes}
 * compares the stored rows with the page and lists the writes that would bring them in step, so that
 * the same comparison decides whether anything needs writing and does the writing.
 */
final class MeetingPageRows {

    private final ActiveObjects ao;

    MeetingPageRows(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The rows stored for one page. */
    record Stored(ActionItemEntity[] items, FeedbackEntity[] feedback, SuggestionEntity[] suggestions) {
    }

    /** Reads the page's rows: three statements. */
    Stored read(long pageId) {
        return new Stored(
                ao.find(ActionItemEntity.class, Query.select().where("PAGE_ID = ?", pageId)),
                ao.find(FeedbackEntity.class, Query.select().where("PAGE_ID = ?", pageId)),
                ao.find(SuggestionEntity.class, Query.select().where("PAGE_ID = ?", pageId)));
    }

    /** The writes that make the stored rows say what the page holds; none when they do already. */
    List<Runnable> changes(Stored stored, int planId, long pageId, MeetingPageContent content) {
        List<Runnable> changes = new ArrayList<>();
        itemChanges(stored.items(), planId, pageId, content, changes);
        feedbackChanges(stored.feedback(), planId, pageId, content, changes);
        suggestionChanges(stored.suggestions(), planId, pageId, content.suggestions(), changes);
        return changes;
    }

    private void itemChanges(ActionItemEntity[] stored, int planId, long pageId, MeetingPageContent content,
            List<Runnable> changes) {
        Map<String, ActionItemEntity> byTask = new HashMap<>();
        for (ActionItemEntity row : stored) {
            byTask.put(row.getTaskId(), row);
        }
        Date seen = Date.from(content.savedAt());
        for (int position = 0; position < content.tasks().size(); position++) {
            PageTask task = content.tasks().get(position);
            String text = Validate.cut(task.text(), Limits.ACTION_ITEM_TEXT);
            String due = Mapping.iso(task.dueDate());
            ActionItemEntity row = byTask.remove(task.taskId());
            int at = position;
            if (row == null) {
                changes.add(() -> {
                    ActionItemEntity created = ao.create(ActionItemEntity.class,
                            new DBParam("PLAN_ID", planId),
                            new DBParam("PAGE_ID", pageId),
                            new DBParam("TASK_ID", task.taskId()),
                            new DBParam("ITEM_KEY", pageId + "/" + task.taskId()),
                            new DBParam("DONE", task.complete()),
                            new DBParam("POSITION", at));
                    created.setText(text);
                    created.setAssigneeKey(task.assigneeKey());
                    created.setDueDate(due);
                    created.setCompletedAt(task.complete() ? seen : null);
                    created.save();
                });
            } else if (row.getPlanId() != planId || row.getPosition() != position || row.isDone() != task.complete()
                    || !Objects.equals(row.getText(), text) || !Objects.equals(row.getAssigneeKey(), task.assigneeKey())
                    || !Objects.equals(row.getDueDate(), due)) {
                changes.add(() -> {
                    if (row.isDone() != task.complete()) {
                        row.setCompletedAt(task.complete() ? seen : null);
                    }
                    row.setPlanId(planId);
                    row.setPosition(at);
                    row.setDone(task.complete());
                    row.setText(text);
                    row.setAssigneeKey(task.assigneeKey());
                    row.setDueDate(due);
                    row.save();
                });
            }
        }
        for (ActionItemEntity gone : byTask.values()) {
            changes.add(() -> ao.delete(gone));
        }
    }

    private void feedbackChanges(FeedbackEntity[] stored, int planId, long pageId, MeetingPageContent content,
            List<Runnable> changes) {
        Map<FeedbackSide, FeedbackEntity> bySide = new EnumMap<>(FeedbackSide.class);
        for (FeedbackEntity row : stored) {
            bySide.put(FeedbackSide.valueOf(row.getSide()), row);
        }
        for (FeedbackSide side : FeedbackSide.values()) {
            String text = Validate.cut(content.feedback().get(side), Limits.FEEDBACK_TEXT);
            FeedbackEntity row = bySide.get(side);
            if (row == null && text != null) {
                changes.add(() -> {
                    FeedbackEntity created = ao.create(FeedbackEntity.class, feedbackRow(planId, pageId, side));
                    created.setText(text);
                    created.save();
                });
            } else if (row != null && (row.getPlanId() != planId || !Objects.equals(row.getText(), text))) {
                changes.add(() -> {
                    row.setPlanId(planId);
                    row.setText(text);
                    row.save();
                });
            }
        }
    }

    /** The values of a new feedback row of the page and side, without text or pulse. */
    static DBParam[] feedbackRow(int planId, long pageId, FeedbackSide side) {
        return new DBParam[] {new DBParam("PLAN_ID", planId), new DBParam("PAGE_ID", pageId), new DBParam("SIDE", side.name()),
                new DBParam("FEEDBACK_KEY", pageId + "/" + side.name()), new DBParam("PULSE", 0)};
    }

    private void suggestionChanges(SuggestionEntity[] stored, int planId, long pageId, List<WrittenItem> written,
            List<Runnable> changes) {
        Map<String, SuggestionEntity> byKey = new LinkedHashMap<>();
        List<ChecklistItemState> states = new ArrayList<>();
        for (SuggestionEntity row : stored) {
            byKey.put(row.getItemKey(), row);
            states.add(Mapping.keyed(row.getItemKey(), row.isRemoved(), row.getFingerprint(), row.getPosition()));
        }
        List<String> keys = ChecklistKeys.assign(written.stream().map(WrittenItem::entry).toList(), states);
        for (int position = 0; position < written.size(); position++) {
            ChecklistEntry entry = written.get(position).entry();
            String text = Validate.cut(written.get(position).text(), Limits.SUGGESTION_TEXT);
            String key = keys.get(position);
            String fingerprint = entry.fingerprint();
            SuggestionEntity row = byKey.remove(key);
            int at = position;
            if (row == null) {
                changes.add(() -> {
                    SuggestionEntity created = ao.create(SuggestionEntity.class,
                            new DBParam("PLAN_ID", planId),
                            new DBParam("PAGE_ID", pageId),
                            new DBParam("ITEM_KEY", key),
                            new DBParam("SUGGESTION_KEY", pageId + "/" + key),
                            new DBParam("POSITION", at),
                            new DBParam("REMOVED", false),
                            new DBParam("MARK", SuggestionMark.NONE.name()));
                    created.setText(text);
                    created.setFingerprint(fingerprint);
                    created.save();
                });
            } else if (row.getPlanId() != planId || row.isRemoved() || row.getPosition() != position
                    || !Objects.equals(row.getFingerprint(), fingerprint) || !Objects.equals(row.getText(), text)) {
                changes.add(() -> {
                    row.setPlanId(planId);
                    row.setRemoved(false);
                    row.setPosition(at);
                    row.setFingerprint(fingerprint);
                    row.setText(text);
                    row.save();
                });
            }
        }
        for (SuggestionEntity gone : byKey.values()) {
            if (!gone.isRemoved()) {
                changes.add(() -> {
                    gone.setRemoved(true);
                    gone.save();
                });
            }
        }
    }
}
