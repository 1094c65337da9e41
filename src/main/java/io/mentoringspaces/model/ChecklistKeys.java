package io.mentoringspaces.model;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each entry of a checklist as it now reads the key of its stored item. Pure: rendering and
 * the page-save sync use the same rules, so a page shows the keys the sync will store.
 *
 * <ol>
 *   <li>An entry with a fixed key keeps it.</li>
 *   <li>A written entry takes the key of a stored item with the same fingerprint (same text,
 *       case and spacing ignored): moving an item keeps its tick, and an item removed and written
 *       again gets its tick back.</li>
 *   <li>A written entry still without a key takes the key of the stored item last seen at the same
 *       position, when that item matched nothing else: an item whose wording was edited in place
 *       keeps its tick.</li>
 *   <li>Any other entry is new: its key is {@code i} and its fingerprint, suffixed {@code -2},
 *       {@code -3}, ... while that key is taken.</li>
 * </ol>
 *
 * Stored items that no entry takes are no longer on the checklist and drop out of its percentage.
 */
public final class ChecklistKeys {

    private ChecklistKeys() {
    }

    public static List<String> assign(List<ChecklistEntry> entries, Collection<ChecklistItemState> stored) {
        String[] keys = new String[entries.size()];
        Set<String> taken = new HashSet<>();
        Set<String> storedKeys = new HashSet<>();
        stored.forEach(item -> storedKeys.add(item.itemKey()));

        for (int i = 0; i < keys.length; i++) {
            ChecklistEntry entry = entries.get(i);
            if (entry.fixedKey() != null) {
                keys[i] = entry.fixedKey();
                taken.add(keys[i]);
            }
        }

        Map<String, Deque<ChecklistItemState>> byFingerprint = new HashMap<>();
        stored.stream()
                .filter(item -> item.fingerprint() != null)
                .sorted(Comparator.comparing(ChecklistItemState::removed)
                        .thenComparingInt(ChecklistItemState::position)
                        .thenComparing(ChecklistItemState::itemKey))
                .forEach(item -> byFingerprint.computeIfAbsent(item.fingerprint(), f -> new ArrayDeque<>()).add(item));
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                Deque<ChecklistItemState> candidates =
                        byFingerprint.getOrDefault(entries.get(i).fingerprint(), new ArrayDeque<>());
                while (!candidates.isEmpty() && keys[i] == null) {
                    String key = candidates.poll().itemKey();
                    if (taken.add(key)) {
                        keys[i] = key;
                    }
                }
            }
        }

        Map<Integer, ChecklistItemState> byPosition = new HashMap<>();
        for (ChecklistItemState item : stored) {
            if (!item.removed() && item.fingerprint() != null) {
                byPosition.putIfAbsent(item.position(), item);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            ChecklistItemState there = byPosition.get(i);
            if (keys[i] == null && there != null && taken.add(there.itemKey())) {
                keys[i] = there.itemKey();
            }
        }

        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                String base = "i" + entries.get(i).fingerprint();
                String key = base;
                for (int n = 2; storedKeys.contains(key) || taken.contains(key); n++) {
                    key = base + "-" + n;
                }
                taken.add(key);
                keys[i] = key;
            }
        }
        return List.of(keys);
    }
}
