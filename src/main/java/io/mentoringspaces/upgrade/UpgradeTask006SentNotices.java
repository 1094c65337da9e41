package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.MeetingItemEntity;
import io.mentoringspaces.ao.MeetingLinkEntity;
import io.mentoringspaces.ao.SentNoticeEntity;

/**
 * Model version 6: the notices sent by the daily reminder job ({@code SENT_NOTICE}, new and empty), and
 * indexes on the due date of action items ({@code MEETING_ITEM.DUE_DATE}) and on the day a meeting's aims
 * were shared ({@code MEETING_LINK.AIMS_SAVED_AT}), which the job looks items and agendas up by.
 * Existing rows are kept as they are.
 */
public class UpgradeTask006SentNotices extends AbstractUpgradeTask {

    public UpgradeTask006SentNotices() {
        super(6);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void doUpgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(MeetingItemEntity.class, MeetingLinkEntity.class, SentNoticeEntity.class);
    }
}
