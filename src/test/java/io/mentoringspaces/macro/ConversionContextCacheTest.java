package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import io.mentoringspaces.testsupport.MacroHarness;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ConversionContextCacheTest {

    private final MacroHarness h = new MacroHarness(null, Clock.systemUTC());

    @Test
    public void shouldLoadAValueOncePerConversion() {
        ConversionContext page = h.context(new com.atlassian.confluence.pages.Page(), "display", "desktop");
        List<String> loads = new ArrayList<>();

        String first = ConversionContextCache.get(page, "k", () -> {
            loads.add("k");
            return "value";
        });
        String second = ConversionContextCache.get(page, "k", () -> {
            loads.add("again");
            return "other";
        });

        assertEquals("value", first);
        assertEquals("value", second);
        assertEquals(List.of("k"), loads);
    }

    @Test
    public void shouldKeepNothingBetweenConversions() {
        ConversionContext one = h.context(new com.atlassian.confluence.pages.Page(), "display", "desktop");
        ConversionContext two = h.context(new com.atlassian.confluence.pages.Page(), "display", "desktop");
        ConversionContextCache.get(one, "k", () -> "one");

        assertEquals("two", ConversionContextCache.get(two, "k", () -> "two"));
        assertNull(ConversionContextCache.get(one, "absent", () -> null));
        assertEquals(Optional.empty(), ConversionContextCache.get(one, "empty", Optional::empty));
    }
}
