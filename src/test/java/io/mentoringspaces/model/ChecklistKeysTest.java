package io.mentoringspaces.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class ChecklistKeysTest {

    private static List<ChecklistEntry> written(String... texts) {
        return List.of(texts).stream().map(ChecklistEntry::written).toList();
    }

    /** The rows a sync of these entries would store. */
    private static List<ChecklistItemState> stored(List<ChecklistEntry> entries) {
        List<String> keys = ChecklistKeys.assign(entries, List.of());
        List<ChecklistItemState> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            rows.add(new ChecklistItemState(keys.get(i), false, null, null, false, entries.get(i).fingerprint(), i));
        }
        return rows;
    }

    private static String fingerprintKey(String text) {
        return "i" + ChecklistEntry.written(text).fingerprint();
    }

    @Test
    public void shouldFingerprintTheTextIgnoringCaseAndSpacing() {
        String fingerprint = ChecklistEntry.written("Book a room").fingerprint();

        assertEquals(12, fingerprint.length());
        assertEquals(fingerprint, ChecklistEntry.written("  book  A\u00a0ROOM ").fingerprint());
        assertNotEquals(fingerprint, ChecklistEntry.written("Book a rooms").fingerprint());
        assertNull(ChecklistEntry.fixed("feedback").fingerprint());
    }

    @Test
    public void shouldRefuseAnEntryWithBothOrNeitherKeyAndText() {
        assertThrows(IllegalArgumentException.class, () -> new ChecklistEntry("a", ItemText.of("A")));
        assertThrows(IllegalArgumentException.class, () -> new ChecklistEntry(null, null));
    }

    @Test
    public void shouldKeyNewWrittenItemsByTheirFingerprint() {
        assertEquals(List.of(fingerprintKey("Write the plan"), fingerprintKey("Book a room")),
                ChecklistKeys.assign(written("Write the plan", "Book a room"), List.of()));
    }

    @Test
    public void shouldKeepFixedKeys() {
        assertEquals(DefaultChecklist.KEYS, ChecklistKeys.assign(DefaultChecklist.entries(), List.of()));
    }

    @Test
    public void shouldTellIdenticalItemsApart() {
        String key = fingerprintKey("Read a book");

        assertEquals(List.of(key, key + "-2", key + "-3"),
                ChecklistKeys.assign(written("Read a book", "Read a book", "read a BOOK"), List.of()));
    }

    @Test
    public void shouldFollowAnItemThatMoved() {
        List<ChecklistEntry> before = written("A", "B", "C");
        List<String> keys = ChecklistKeys.assign(before, List.of());

        List<String> after = ChecklistKeys.assign(written("C", "New", "A", "B"), stored(before));

        assertEquals(List.of(keys.get(2), fingerprintKey("New"), keys.get(0), keys.get(1)), after);
    }

    @Test
    public void shouldKeepTheKeyOfAnItemEditedInPlace() {
        List<ChecklistEntry> before = written("A", "B", "C");
        List<String> keys = ChecklistKeys.assign(before, List.of());

        assertEquals(keys, ChecklistKeys.assign(written("A", "B, reworded", "C"), stored(before)));
    }

    @Test
    public void shouldGiveANewKeyWhenAnItemIsReplacedByAnotherAtTheEnd() {
        List<ChecklistEntry> before = written("A", "B", "C");
        List<String> keys = ChecklistKeys.assign(before, List.of());

        List<String> after = ChecklistKeys.assign(written("A", "C", "D"), stored(before));

        assertEquals(List.of(keys.get(0), keys.get(2), fingerprintKey("D")), after);
    }

    @Test
    public void shouldNotReuseTheKeyOfAnEditedItemForANewItemWithItsOldText() {
        List<ChecklistEntry> before = written("A", "B");
        List<String> keys = ChecklistKeys.assign(before, List.of());
        List<ChecklistEntry> edited = written("A", "B2");
        List<ChecklistItemState> rows = new ArrayList<>(stored(before));
        rows.set(1, new ChecklistItemState(keys.get(1), true, "u", null, false, edited.get(1).fingerprint(), 1));

        List<String> after = ChecklistKeys.assign(written("A", "B2", "B"), rows);

        assertEquals(List.of(keys.get(0), keys.get(1), keys.get(1) + "-2"), after);
    }

    @Test
    public void shouldBringBackTheKeyOfARemovedItem() {
        List<String> keys = ChecklistKeys.assign(written("A", "B"), List.of());
        List<ChecklistItemState> rows = List.of(
                new ChecklistItemState(keys.get(0), false, null, null, false, ChecklistEntry.written("A").fingerprint(), 0),
                new ChecklistItemState(keys.get(1), true, "u", null, true, ChecklistEntry.written("B").fingerprint(), 1));

        assertEquals(List.of(keys.get(1), keys.get(0)), ChecklistKeys.assign(written("B", "A"), rows));
    }
}
