package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.rest.dto.TextFields;
import io.mentoringspaces.testsupport.SourceFiles;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;

/**
 * The REST module's body gate ({@link JsonBodies}) sees every text of every body: each body a
 * resource method takes is a JSON object read into a map, a class that lists its texts
 * ({@link TextFields}), or a class without texts.
 */
public class RestBodyTypesTest {

    /** How the gate sees a body type: "map", "texts" (it lists them) or "no texts"; anything else names a text it would miss. */
    private static String kind(Class<?> type) {
        if (Map.class.isAssignableFrom(type)) {
            return "map";
        }
        if (TextFields.class.isAssignableFrom(type)) {
            return "texts";
        }
        for (Field field : type.getDeclaredFields()) {
            Class<?> value = field.getType();
            if (!value.isPrimitive() && !Boolean.class.equals(value) && !Number.class.isAssignableFrom(value)) {
                return "misses " + field.getName();
            }
        }
        return "no texts";
    }

    @Test
    public void shouldGiveTheBodyGateEveryTextOfEveryBody() throws Exception {
        Map<String, String> bodies = new TreeMap<>();
        for (Class<?> resource : RestHost.moduleClasses(SourceFiles.descriptor().document())) {
            for (Method method : resource.isAnnotationPresent(Path.class) ? resource.getDeclaredMethods() : new Method[0]) {
                boolean resourceMethod = Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                for (Parameter parameter : resourceMethod ? method.getParameters() : new Parameter[0]) {
                    if (Arrays.stream(parameter.getAnnotations())
                            .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"))) {
                        bodies.put(resource.getSimpleName() + "." + method.getName(), kind(parameter.getType()));
                    }
                }
            }
        }

        assertEquals(Map.ofEntries(
                Map.entry("ActionItemResource.setDone", "map"),
                Map.entry("ActivityResource.setStatus", "map"),
                Map.entry("ArrangementResource.change", "map"),
                Map.entry("BlueprintResource.checkMeetingFields", "map"),
                Map.entry("BlueprintResource.checkSpaceFields", "map"),
                Map.entry("ChecklistResource.tick", "map"),
                Map.entry("ClosingResource.close", "map"),
                Map.entry("ClosingResource.reopen", "map"),
                Map.entry("FeedbackResource.mark", "map"),
                Map.entry("FeedbackResource.pulse", "map"),
                Map.entry("GoalResource.agree", "map"),
                Map.entry("GoalResource.recordProgress", "map"),
                Map.entry("IndexResource.rebuild", "map"),
                Map.entry("InvitationResource.accept", "map"),
                Map.entry("InvitationResource.decline", "map"),
                Map.entry("InvitationResource.mentor", "map"),
                Map.entry("MeetingRecordResource.setState", "map"),
                Map.entry("NotificationResource.change", "map"),
                Map.entry("ProgrammeResource.archive", "no texts"),
                Map.entry("ProgrammeResource.create", "texts"),
                Map.entry("ProgrammeResource.update", "texts")), bodies);
    }
}
