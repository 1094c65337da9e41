package io.mentoringspaces.rest;

import static org.junit.Assert.assertEquals;

import io.mentoringspaces.confluence.RestHost;
import io.mentoringspaces.testsupport.SourceFiles;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Test;

/**
 * REST v2 creates each resource and provider of the REST module by class through its injector, so
 * each has exactly one public constructor: annotated {@code @jakarta.inject.Inject}, unless it takes
 * no argument (the REST tests create them that way too).
 */
public class ResourceConstructorsTest {

    @Test
    public void shouldGiveEveryResourceAndProviderOnePublicConstructorForInjection() throws Exception {
        Map<String, String> constructors = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        for (Class<?> type : RestHost.moduleClasses(SourceFiles.descriptor().document())) {
            Constructor<?>[] all = type.getConstructors();
            boolean injectable = all.length == 1 && (all[0].isAnnotationPresent(Inject.class)
                    || (all[0].getParameterCount() == 0 && type.isAnnotationPresent(Provider.class)));
            constructors.put(type.getSimpleName(), all.length + " public, " + (injectable ? "for injection" : "not for injection"));
            expected.put(type.getSimpleName(), "1 public, for injection");
        }
        assertEquals(24, expected.size());
        assertEquals(expected, constructors);
    }
}
