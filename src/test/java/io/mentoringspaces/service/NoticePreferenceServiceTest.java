package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.NoticePreferenceEntity;
import io.mentoringspaces.model.NoticeKind;
import io.mentoringspaces.model.NoticePreference;
import io.mentoringspaces.testsupport.DatabaseTest;
import io.mentoringspaces.testsupport.TestActiveObjects;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.After;
import org.junit.Test;

/**
 * A user's mail preferences on the real database, when two requests save the user's first preference of
 * a kind at the same moment: both find no row, the first inserts and commits, and the second's insert
 * meets that row. The second change then runs again over it, instead of failing.
 */
public class NoticePreferenceServiceTest extends DatabaseTest {

    private static final String USER = "key-mia";

    /**
     * Active Objects on which another request saves the preference, and commits, right after this request's
     * first look for the preference row: the moment two first saves meet.
     */
    private final class MeetingAnotherSave extends TestActiveObjects {

        private final NoticePreference other;
        private final AtomicReference<Throwable> otherFailed = new AtomicReference<>();
        private boolean met;

        MeetingAnotherSave(NoticePreference other) {
            super(entityManager);
            this.other = other;
        }

        @Override
        public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
            T[] found = super.find(type, query);
            if (type == NoticePreferenceEntity.class && !met) {
                met = true;
                Thread request = new Thread(() -> {
                    try {
                        new NoticePreferenceService(ao, new Changes(ao)).change(USER, List.of(other));
                    } catch (Throwable e) {
                        otherFailed.set(e);
                    }
                });
                request.start();
                try {
                    request.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return found;
        }
    }

    @After
    public void deleteCommittedPreferences() {
        ao.deleteWithSQL(NoticePreferenceEntity.class, "ID > ?", 0);
    }

    @Test
    @NonTransactional
    public void shouldRunAFirstSaveAgainOverTheRowAnotherFirstSaveInsertedAtTheSameMoment() {
        MeetingAnotherSave db = new MeetingAnotherSave(new NoticePreference(NoticeKind.MEETING_TOMORROW, true));
        NoticePreferenceService preferences = new NoticePreferenceService(db, new Changes(db));

        List<NoticePreference> after = preferences.change(USER, List.of(new NoticePreference(NoticeKind.MEETING_TOMORROW, false)));

        assertTrue(db.met);
        assertEquals(null, db.otherFailed.get());
        assertEquals(1, ao.count(NoticePreferenceEntity.class, Query.select()));
        assertFalse(preferences.enabled(USER, NoticeKind.MEETING_TOMORROW));
        assertTrue(after.contains(new NoticePreference(NoticeKind.MEETING_TOMORROW, false)));
    }
}
