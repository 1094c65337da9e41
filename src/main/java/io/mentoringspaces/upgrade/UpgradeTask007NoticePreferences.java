package io.mentoringspaces.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import io.mentoringspaces.ao.NoticePreferenceEntity;

/**
 * Model version 7: each user's reminder preferences ({@code NOTICE_PREFERENCE}, new and empty: every
 * kind of mail stays on). Existing rows are kept as they are.
 */
public class UpgradeTask007NoticePreferences extends AbstractUpgradeTask {

    public UpgradeTask007NoticePreferences() {
        super(7);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void doUpgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(NoticePreferenceEntity.class);
    }
}
