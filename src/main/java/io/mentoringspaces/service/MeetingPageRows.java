package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.FeedbackEntity;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.model.ChecklistEntry;
import io.mentoringspaces.model.ChecklistItemState;
import io.mentoringspaces.model.ChecklistKeys;
import io.mentoringspaces.model.FeedbackSide;
import io.mentoringspaces.model.MeetingPageContent;
import io.mentoringspaces.model.PageTask;
import io.mentoringspaces.model.SuggestionMark;
import io.mentoringspaces.model.WrittenItem;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** The rows stored for one page: its items of both kinds and its feedback texts. */
    record Stored(MeetingItemEntity[] items, FeedbackEntity[] feedback) {

        List<MeetingItemEntity> items(MeetingItemKind kind) {
            return Arrays.stream(items).filter(row -> kind.name().equals(row.getKind())).toList();
        }
    }

    /** Reads the page's rows: two statements. */
    Stored read(long pageId) {
        return new Stored(
                ao.find(MeetingItemEntity.class, Query.select().where("PAGE_ID = ?", pageId)),
                ao.find(FeedbackEntity.class, Query.select().where("PAGE_ID = ?", pageId)));
    }

    /** The writes that make the stored rows say what the page holds; none when they do already. */
    List<Runnable> changes(Stored stored, int planId, long pageId, MeetingPageContent content) {
        List<Runnable> changes = new ArrayList<>();
        itemChanges(stored.items(MeetingItemKind.ACTION_ITEM), planId, pageId, content, changes);
        feedbackChanges(stored.feedback(), planId, pageId, content, changes);
        suggestionChanges(stored.items(MeetingItemKind.SUGGESTION), planId, pageId, content.suggestions(), changes);
        return changes;
    }

    /** A new row of the page's items table, of this kind and key, at this position. */
    private MeetingItemEntity create(int planId, long pageId, MeetingItemKind kind, String key, int position, boolean done) {
        return ao.create(MeetingItemEntity.class,
                new DBParam("PLAN_ID", planId),
                new DBParam("PAGE_ID", pageId),
                new DBParam("KIND", kind.name()),
                new DBParam("ITEM_KEY", key),
                new DBParam("UNIQUE_KEY", kind.uniqueKey(pageId, key)),
                new DBParam("POSITION", position),
                new DBParam("REMOVED", false),
                new DBParam("DONE", done),
                new DBParam("MARK", SuggestionMark.NONE.name()));
    }

    private void itemChanges(List<MeetingItemEntity> stored, int planId, long pageId, MeetingPageContent content,
            List<Runnable> changes) {
        Map<String, MeetingItemEntity> byTask = new HashMap<>();
        for (MeetingItemEntity row : stored) {
            byTask.put(row.getItemKey(), row);
        }
        Date seen = Date.from(content.savedAt());
        for (int position = 0; position < content.tasks().size(); position++) {
            PageTask task = content.tasks().get(position);
            String text = Validate.cut(task.text(), Limits.ACTION_ITEM_TEXT);
            String due = Mapping.iso(task.dueDate());
            MeetingItemEntity row = byTask.remove(task.taskId());
            int at = position;
            if (row == null) {
                changes.add(() -> {
                    MeetingItemEntity created = create(planId, pageId, MeetingItemKind.ACTION_ITEM, task.taskId(), at,
                            task.complete());
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
        for (MeetingItemEntity gone : byTask.values()) {
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
                    FeedbackEntity created = ao.create(FeedbackEntity.class, new DBParam("PLAN_ID", planId),
                            new DBParam("PAGE_ID", pageId), new DBParam("SIDE", side.name()),
                            new DBParam("FEEDBACK_KEY", pageId + "/" + side.name()));
                    created.setText(text);
                    created.save();
                });
            } else if (row != null && text == null) {
                changes.add(() -> ao.delete(row));
            } else if (row != null && (row.getPlanId() != planId || !Objects.equals(row.getText(), text))) {
                changes.add(() -> {
                    row.setPlanId(planId);
                    row.setText(text);
                    row.save();
                });
            }
        }
    }

    private void suggestionChanges(List<MeetingItemEntity> stored, int planId, long pageId, List<WrittenItem> written,
            List<Runnable> changes) {
        Map<String, MeetingItemEntity> byKey = new LinkedHashMap<>();
        List<ChecklistItemState> states = new ArrayList<>();
        for (MeetingItemEntity row : stored) {
            byKey.put(row.getItemKey(), row);
            states.add(Mapping.keyed(row.getItemKey(), row.isRemoved(), row.getFingerprint(), row.getPosition()));
        }
        List<String> keys = ChecklistKeys.assign(written.stream().map(WrittenItem::entry).toList(), states);
        for (int position = 0; position < written.size(); position++) {
            ChecklistEntry entry = written.get(position).entry();
            String text = Validate.cut(written.get(position).text(), Limits.SUGGESTION_TEXT);
            String key = keys.get(position);
            String fingerprint = entry.fingerprint();
            MeetingItemEntity row = byKey.remove(key);
            int at = position;
            if (row == null) {
                changes.add(() -> {
                    MeetingItemEntity created = create(planId, pageId, MeetingItemKind.SUGGESTION, key, at, false);
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
        for (MeetingItemEntity gone : byKey.values()) {
            if (!gone.isRemoved()) {
                changes.add(() -> {
                    gone.setRemoved(true);
                    gone.save();
                });
            }
        }
    }
}
