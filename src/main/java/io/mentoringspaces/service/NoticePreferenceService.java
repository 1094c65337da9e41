package io.mentoringspaces.service;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.mentoringspaces.ao.NoticePreferenceEntity;
import io.mentoringspaces.model.NoticeKind;
import io.mentoringspaces.model.NoticePreference;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Each user's reminder preferences: every kind of mail is on until the user stops it. A user's
 * preferences are read in one statement and changed in one transaction.
 */
public class NoticePreferenceService {

    private final ActiveObjects ao;
    private final Changes changes;

    public NoticePreferenceService(ActiveObjects ao, Changes changes) {
        this.ao = ao;
        this.changes = changes;
    }

    /** The user's preference for every kind, in the kinds' order. */
    public List<NoticePreference> of(String userKey) {
        Map<NoticeKind, Boolean> enabled = new EnumMap<>(NoticeKind.class);
        ao.stream(NoticePreferenceEntity.class, Query.select("ID,KIND,ENABLED").where("USER_KEY = ?", userKey),
                row -> enabled.put(NoticeKind.valueOf(row.getKind()), row.isEnabled()));
        List<NoticePreference> preferences = new ArrayList<>();
        for (NoticeKind kind : NoticeKind.values()) {
            preferences.add(new NoticePreference(kind, enabled.getOrDefault(kind, true)));
        }
        return preferences;
    }

    /** Whether the user gets mails of this kind. */
    public boolean enabled(String userKey, NoticeKind kind) {
        return ao.count(NoticePreferenceEntity.class, Query.select().where("PREFERENCE_KEY = ? AND ENABLED = ?",
                key(userKey, kind), false)) == 0;
    }

    /**
     * Switches the given kinds on or off for the user, in one transaction; the user's preferences after.
     * When another request saved the user's first preference of a kind at the same moment, the change runs
     * again over the row that request inserted.
     */
    public List<NoticePreference> change(String userKey, List<NoticePreference> changed) {
        changes.runInsertingMissing(() -> {
            for (NoticePreference preference : changed) {
                String key = key(userKey, preference.kind());
                NoticePreferenceEntity[] rows = ao.find(NoticePreferenceEntity.class,
                        Query.select().where("PREFERENCE_KEY = ?", key));
                if (rows.length == 0) {
                    ao.create(NoticePreferenceEntity.class, new DBParam("PREFERENCE_KEY", key), new DBParam("USER_KEY", userKey),
                            new DBParam("KIND", preference.kind().name()), new DBParam("ENABLED", preference.enabled()));
                } else if (rows[0].isEnabled() != preference.enabled()) {
                    rows[0].setEnabled(preference.enabled());
                    rows[0].save();
                }
            }
            return null;
        });
        return of(userKey);
    }

    /** The unique key of a user's preference for a kind. */
    static String key(String userKey, NoticeKind kind) {
        return ReminderService.hash(userKey + "|" + kind.name());
    }
}
