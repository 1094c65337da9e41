package io.mentoringspaces.service;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.mentoringspaces.ao.ProgrammeEntity;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.Programme;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.testsupport.DatabaseTest;
import java.util.List;
import org.junit.Test;

public class ProgrammeServiceTest extends DatabaseTest {

    private static ProgrammeInput input(String key, String name) {
        return new ProgrammeInput(key, name, "  Pairs of the 2026 graduate intake  ", "grad-coordinators", Cadence.FORTNIGHTLY,
                CoordinatorAccess.VIEW);
    }

    @Test
    public void shouldCreateAProgrammeWithTrimmedFields() {
        Programme created = programmes.create(input("grad-2026", "  Graduates 2026 "));

        Programme found = programmes.getByKey("grad-2026");
        assertEquals(created, found);
        assertEquals("Graduates 2026", found.name());
        assertEquals("Pairs of the 2026 graduate intake", found.description());
        assertEquals("grad-coordinators", found.coordinatorGroup());
        assertEquals(Cadence.FORTNIGHTLY, found.defaultCadence());
        assertEquals(CoordinatorAccess.VIEW, found.coordinatorAccess());
        assertFalse(found.archived());
        assertEquals(CLOCK.instant(), found.createdAt());
    }

    @Test
    public void shouldDefaultCoordinatorAccessToMetricsOnly() {
        programmes.create(new ProgrammeInput("leaders", "Leaders", null, null, Cadence.MONTHLY, null));

        Programme found = programmes.getByKey("leaders");
        assertEquals(CoordinatorAccess.METRICS_ONLY, found.coordinatorAccess());
        assertNull(found.description());
        assertNull(found.coordinatorGroup());
    }

    @Test
    public void shouldRefuseADuplicateKeyAndKeepTheFirstProgramme() {
        programmes.create(input("grad-2026", "First"));

        ConflictException e = assertThrows(ConflictException.class, () -> programmes.create(input("grad-2026", "Second")));

        assertEquals("key", e.getField());
        assertEquals("A programme with the key grad-2026 already exists.", e.getMessage());
        assertEquals("First", programmes.getByKey("grad-2026").name());
        assertEquals(1, ao.count(ProgrammeEntity.class, net.java.ao.Query.select()));
    }

    @Test
    public void shouldRefuseMalformedKeysWithoutWritingAnything() {
        for (String key : List.of("", "x", "Grad", "9lives", "has space", "a".repeat(33), "grad_2026")) {
            InvalidInputException e = assertThrows(key, InvalidInputException.class, () -> programmes.create(input(key, "Name")));
            assertEquals("key", e.getField());
        }
        assertEquals(0, ao.count(ProgrammeEntity.class, net.java.ao.Query.select()));
    }

    @Test
    public void shouldRefuseABlankOrOverlongName() {
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> programmes.create(input("grad", " ")));
        assertEquals("Name is required.", blank.getMessage());

        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> programmes.create(input("grad", "n".repeat(101))));
        assertEquals("Name is longer than 100 characters.", tooLong.getMessage());
    }

    @Test
    public void shouldRefuseADescriptionOverTwoThousandCharacters() {
        ProgrammeInput input = new ProgrammeInput("grad", "Grad", "d".repeat(2001), null, Cadence.WEEKLY, null);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> programmes.create(input));

        assertEquals("description", e.getField());
    }

    @Test
    public void shouldAcceptADescriptionOfExactlyTwoThousandCharacters() {
        programmes.create(new ProgrammeInput("grad", "Grad", "d".repeat(2000), null, Cadence.WEEKLY, null));

        assertEquals(2000, programmes.getByKey("grad").description().length());
    }

    @Test
    public void shouldRequireADefaultCadence() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> programmes.create(new ProgrammeInput("grad", "Grad", null, null, null, null)));

        assertEquals("defaultCadence", e.getField());
    }

    @Test
    public void shouldUpdateEverythingButTheKey() {
        programmes.create(input("grad-2026", "Graduates"));

        Programme updated = programmes.update("grad-2026",
                new ProgrammeInput("ignored", "Graduates 2026", null, "new-group", Cadence.MONTHLY, CoordinatorAccess.METRICS_ONLY));

        assertEquals("grad-2026", updated.key());
        assertEquals(updated, programmes.getByKey("grad-2026"));
        assertNull(updated.description());
        assertEquals("new-group", updated.coordinatorGroup());
        assertEquals(Cadence.MONTHLY, updated.defaultCadence());
        assertEquals(CoordinatorAccess.METRICS_ONLY, updated.coordinatorAccess());
    }

    @Test
    public void shouldRefuseToUpdateAnUnknownProgramme() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> programmes.update("nope", input("nope", "Nope")));

        assertEquals("There is no such programme.", e.getMessage());
    }

    @Test
    public void shouldArchiveIdempotentlyAndHideFromTheActiveList() {
        givenProgramme("alpha");
        givenProgramme("beta");

        programmes.archive("beta");
        Programme archivedTwice = programmes.archive("beta");

        assertTrue(archivedTwice.archived());
        assertEquals(List.of("alpha"), programmes.list(false).stream().map(Programme::key).toList());
        assertEquals(List.of("alpha", "beta"), programmes.list(true).stream().map(Programme::key).toList());
    }

    @Test
    public void shouldRestoreAnArchivedProgramme() {
        givenProgramme("alpha");
        programmes.archive("alpha");

        assertFalse(programmes.restore("alpha").archived());
        assertEquals(1, programmes.list(false).size());
    }

    @Test
    public void shouldListProgrammesByNameIgnoringCase() {
        programmes.create(input("cc", "charlie"));
        programmes.create(input("aa", "Alpha"));
        programmes.create(input("bb", "bravo"));

        assertEquals(List.of("Alpha", "bravo", "charlie"), programmes.list(false).stream().map(Programme::name).toList());
    }

    @Test
    public void shouldFindNothingForMalformedOrUnknownKeys() {
        givenProgramme("alpha");

        assertTrue(programmes.findByKey(null).isEmpty());
        assertTrue(programmes.findByKey("ALPHA").isEmpty());
        assertTrue(programmes.findByKey("gamma").isEmpty());
        assertTrue(programmes.findByKey("alpha").isPresent());
    }
}
