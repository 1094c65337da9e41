package io.mentoringspaces.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class ItemTextTest {

    private static ItemText.Text text(String text) {
        return new ItemText.Text(text);
    }

    @Test
    public void shouldCollapseSpacesAcrossPartsMergeWordsAndTrimTheItem() {
        ItemText item = ItemText.normalised(List.of(text("  Ask"), text("\u00a0\n "), new ItemText.Mention("key-max", null),
                text("  about "), text(" the plan "), new ItemText.Status("Agreed", "Green"), text(" \t ")));

        assertEquals(List.of(text("Ask "), new ItemText.Mention("key-max", null), text(" about the plan "),
                new ItemText.Status("Agreed", "Green")), item.parts());
        assertEquals("Ask @key-max about the plan Agreed", item.keyText());
    }

    @Test
    public void shouldKeyAMentionByTheUsersKeyOrNameNeverByTheShownName() {
        assertEquals("@key-max", new ItemText.Mention("key-max", null).keyText());
        assertEquals("@max", new ItemText.Mention(null, "max").keyText());
        assertNotEquals(ChecklistEntry.written(new ItemText(List.of(text("Ask "), new ItemText.Mention("key-max", null))))
                .fingerprint(), ChecklistEntry.written("Ask Max Mentor").fingerprint());
        assertThrows(IllegalArgumentException.class, () -> new ItemText.Mention(null, null));
        assertThrows(IllegalArgumentException.class, () -> new ItemText.Mention("key-max", "max"));
    }

    @Test
    public void shouldKeyADateAndAStatusAsWritten() {
        assertEquals("Due 2026-03-20 Open", new ItemText(List.of(text("Due "), new ItemText.Date("2026-03-20"), text(" "),
                new ItemText.Status("Open", null))).keyText());
    }

    @Test
    public void shouldBeBlankWithoutAnyTextToShowOrKeyOn() {
        assertTrue(ItemText.normalised(List.of(text(" \u00a0 "), text("\n"))).isBlank());
        assertEquals(List.of(), ItemText.normalised(List.of(text(" \u00a0 "))).parts());
        assertEquals(ItemText.of("Book a room"), ItemText.normalised(List.of(text(" Book "), text(" a  room "))));
    }
}
