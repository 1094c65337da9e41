package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.testsupport.SourceFiles;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;

/**
 * REST v2 creates each resource of the REST module by class through its injector, so each has
 * exactly one public constructor, annotated {@code @jakarta.inject.Inject} (the REST tests create
 * them that way too).
 */
public class ResourceConstructorsTest {

    @Test
    public void shouldGiveEveryResourceOnePublicInjectConstructor() throws Exception {
        Map<String, String> constructors = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        for (Class<?> resource : RestHost.moduleClasses(SourceFiles.descriptor().document())) {
            Constructor<?>[] all = resource.getConstructors();
            constructors.put(resource.getSimpleName(), all.length + " public, "
                    + (all.length == 1 && all[0].isAnnotationPresent(Inject.class) ? "@Inject" : "not for injection"));
            expected.put(resource.getSimpleName(), "1 public, @Inject");
        }
        assertEquals(6, expected.size());
        assertEquals(expected, constructors);
    }
}
