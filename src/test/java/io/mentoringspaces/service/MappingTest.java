package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class MappingTest {

    @Test
    public void shouldReadTheMeetingDatesKeptOnAPlanRow() {
        assertEquals(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 12, 31), LocalDate.of(2099, 1, 1)),
                Mapping.dates("2024-02-29,2026-12-31,2099-01-01"));
        assertEquals(List.of(LocalDate.of(2026, 3, 16)), Mapping.dates("2026-03-16"));
    }

    @Test
    public void shouldReadNoDatesFromAnEmptyOrMissingList() {
        assertEquals(List.of(), Mapping.dates(""));
        assertEquals(List.of(), Mapping.dates(null));
    }
}
