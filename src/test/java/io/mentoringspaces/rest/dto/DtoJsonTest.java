package io.mentoringspaces.rest.dto;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.mentoringspaces.model.Cadence;
import io.mentoringspaces.model.CoordinatorAccess;
import io.mentoringspaces.model.PairRow;
import io.mentoringspaces.model.PracticeFigures;
import io.mentoringspaces.model.PairStatus;
import io.mentoringspaces.model.ProgrammeInput;
import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.service.FieldChecks;
import io.mentoringspaces.testsupport.SourceFiles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Test;

/**
 * The DTOs as the REST host's JSON settings see them (REST v1: no auto-detection, nulls left out):
 * every property is annotated, so none is silently dropped.
 */
public class DtoJsonTest {

    private static List<Class<?>> dtos() throws Exception {
        List<Class<?>> dtos = new ArrayList<>();
        Path directory = SourceFiles.projectRoot().resolve("src/main/java/io/mentoringspaces/rest/dto");
        for (Path file : SourceFiles.files(directory, ".java")) {
            String name = file.getFileName().toString();
            dtos.add(Class.forName(DtoJsonTest.class.getPackageName() + "." + name.substring(0, name.length() - ".java".length())));
        }
        return dtos;
    }

    /** The bean property a getter or setter stands for, or null for any other method. */
    private static String property(Method method) {
        String name = method.getName();
        boolean getter = method.getParameterCount() == 0 && method.getReturnType() != void.class
                && (name.startsWith("get") && name.length() > 3 || name.startsWith("is") && name.length() > 2);
        boolean setter = method.getParameterCount() == 1 && name.startsWith("set") && name.length() > 3;
        if (!getter && !setter || Modifier.isStatic(method.getModifiers()) || name.equals("getClass")) {
            return null;
        }
        String bare = name.substring(name.startsWith("is") ? 2 : 3);
        return bare.substring(0, 1).toLowerCase(Locale.ROOT) + bare.substring(1);
    }

    private static boolean annotated(Class<?> dto, String property) {
        for (Method method : dto.getMethods()) {
            if (property.equals(property(method)) && method.isAnnotationPresent(JsonProperty.class)) {
                return true;
            }
        }
        for (Field field : dto.getDeclaredFields()) {
            if (field.getName().equals(property) && field.isAnnotationPresent(JsonProperty.class)) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void shouldAnnotateEveryPropertyOfEveryDto() throws Exception {
        List<Class<?>> dtos = dtos();
        assertTrue(dtos.toString(), dtos.size() >= 17);
        Set<String> unannotated = new TreeSet<>();
        for (Class<?> dto : dtos) {
            for (Method method : dto.getMethods()) {
                String property = property(method);
                if (property != null && !annotated(dto, property)) {
                    unannotated.add(dto.getSimpleName() + "." + property);
                }
            }
        }
        assertEquals(Set.of(), unannotated);
    }

    private static Set<String> names(JsonNode json) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    public void shouldWriteEveryPropertyThatHasAValueAndLeaveOutTheOthers() {
        PairRow known = new PairRow("MENT", "Mia", "Max", LocalDate.of(2026, 1, 5), Cadence.WEEKLY, 1, 2, 50, 3, 10, 4, 5,
                LocalDate.of(2026, 3, 9), 80, 1, PairStatus.CLOSED,
                new PracticeFigures(4, 2, 1, 0, 3, 2, 1, 3, 2, 13, 3, 8, 2, 2, 1, 1, 0), LocalDate.of(2026, 3, 10));
        PairRow bare = new PairRow("MENT", null, null, LocalDate.of(2026, 1, 5), Cadence.WEEKLY, 0, 0, 0, 0, 0, 0, 1, null, 0, 0,
                PairStatus.AT_RISK, PracticeFigures.NONE, null);

        JsonNode full = RestHost.json().valueToTree(new PairDto(known, "Mia's space"));
        JsonNode sparse = RestHost.json().valueToTree(new PairDto(bare, null));

        assertEquals(new TreeSet<>(List.of("spaceKey", "spaceName", "menteeName", "mentorName", "startDate", "cadence",
                "goalsAchieved", "goalsTotal", "averageProgress", "checklistPercent", "meetingsHeld", "meetingsExpected",
                "lastMeeting", "adherence", "status", "closedOn", "agendaPrepared", "cancelled", "lateCancellations", "actionItems",
                "actionItemsDone", "actionItemsOnTime", "feedbackMentee", "feedbackMentor", "pulseMentee", "pulseMentor",
                "suggestions", "suggestionsApplied", "activities", "activitiesDone")), names(full));
        assertEquals("4.3", full.get("pulseMentee").toString());
        assertEquals("4", full.get("pulseMentor").toString());
        assertEquals(50, full.get("agendaPrepared").asInt());
        assertEquals("closed", full.get("status").asText());
        assertEquals("2026-03-10", full.get("closedOn").asText());
        assertEquals(75, full.get("feedbackMentee").asInt());
        Set<String> absent = names(full);
        absent.removeAll(names(sparse));
        assertEquals(Set.of("spaceName", "menteeName", "mentorName", "lastMeeting", "closedOn", "pulseMentee", "pulseMentor"), absent);
        assertEquals("{\"status\":404,\"message\":\"Not found\"}",
                RestHost.json().valueToTree(new ErrorDto(404, "Not found", null, null)).toString());
    }

    @Test
    public void shouldReadTheBodiesThatChangeProgrammes() throws Exception {
        ProgrammeInputDto input = RestHost.json().readValue("{\"key\":\"grad\",\"name\":\"Graduates\",\"description\":\"2026\","
                + "\"coordinatorGroup\":\"coordinators\",\"defaultCadence\":\"monthly\",\"coordinatorAccess\":\"view\"}",
                ProgrammeInputDto.class);
        ArchiveDto archive = RestHost.json().readValue("{\"archived\":true}", ArchiveDto.class);

        assertEquals(new ProgrammeInput("grad", "Graduates", "2026", "coordinators", Cadence.MONTHLY, CoordinatorAccess.VIEW),
                input.toInput(new FieldChecks()));
        assertEquals(Boolean.TRUE, archive.getArchived());
    }
}
