package io.mentoringspaces.service;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.mentoringspaces.model.PracticeFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.Test;

/**
 * The one text in which a plan row repeats what the programme reports read: counts and days come back
 * as written, a weekly pair's meetings take two characters each, and a text it did not write is refused.
 */
public class ReportFiguresTest {

    private static final int[] COUNTS = IntStream.rangeClosed(1, ReportFigures.COUNTS).map(i -> i * 37).toArray();

    private static long[] epochDays(List<LocalDate> days) {
        return days.stream().mapToLong(LocalDate::toEpochDay).toArray();
    }

    @Test
    public void shouldReadBackTheCountsAndTheDaysInTheirOrder() {
        List<LocalDate> held = List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2025, 12, 29),
                LocalDate.of(2026, 1, 12), LocalDate.of(2031, 7, 1));
        List<LocalDate> achieved = List.of(LocalDate.of(2026, 2, 27));

        ReportFigures read = ReportFigures.parse(ReportFigures.text(COUNTS, held, achieved));

        assertEquals(37, read.goalsTotal());
        assertEquals(74, read.goalsAchieved());
        assertEquals(111, read.progressSum());
        assertEquals(148, read.checklistItems());
        assertEquals(185, read.checklistDone());
        assertEquals(new PracticeFigures(5, 222, 259, 296, 333, 370, 407, 444, 481, 518, 555, 592, 629, 666, 703, 740, 777),
                read.practice(5));
        assertArrayEquals(epochDays(held), read.held());
        assertArrayEquals(epochDays(achieved), read.achieved());
    }

    @Test
    public void shouldReadARowWithoutDays() {
        ReportFigures read = ReportFigures.parse(ReportFigures.NONE);

        assertEquals(0, read.goalsTotal());
        assertEquals(PracticeFigures.NONE, read.practice(0));
        assertArrayEquals(new long[0], read.held());
        assertArrayEquals(new long[0], read.achieved());
    }

    @Test
    public void shouldWriteAWeeklyPairsMeetingsInTwoCharactersEach() {
        List<LocalDate> weekly = new ArrayList<>();
        for (int week = 0; week < 50; week++) {
            weekly.add(LocalDate.of(2025, 3, 3).plusWeeks(week));
        }

        String text = ReportFigures.text(new int[ReportFigures.COUNTS], weekly, List.of());

        String first = Long.toString(LocalDate.of(2025, 3, 3).toEpochDay(), 36);
        assertEquals(ReportFigures.NONE.substring(0, ReportFigures.NONE.length() - 1) + first + ",7".repeat(49) + ";", text);
        assertArrayEquals(epochDays(weekly), ReportFigures.parse(text).held());
    }

    @Test
    public void shouldReadDaysBefore1970AndAfter2100() {
        List<LocalDate> days = List.of(LocalDate.of(1969, 12, 25), LocalDate.of(2150, 6, 30), LocalDate.of(1900, 1, 1));

        assertArrayEquals(epochDays(days), ReportFigures.parse(ReportFigures.text(COUNTS, days, days)).held());
    }

    @Test
    public void shouldRefuseATextItDidNotWrite() {
        String counts = String.join(",", Collections.nCopies(ReportFigures.COUNTS, "1"));
        for (String text : new String[] {null, "", counts, counts + ";", counts + ";;;", counts.substring(2) + ";;",
                counts + ",1;;", "x" + counts.substring(1) + ";;", counts + ";a,,b;", counts + ";;-", counts + ";;zzzzzzz",
                counts.replaceFirst("1", "1234567890") + ";;", counts + ";;\u0000"}) {
            assertThrows(String.valueOf(text), IllegalStateException.class, () -> ReportFigures.parse(text));
        }
    }

    @Test
    public void shouldRefuseToWriteAnotherNumberOfCounts() {
        assertThrows(IllegalArgumentException.class, () -> ReportFigures.text(new int[20], List.of(), List.of()));
    }
}
