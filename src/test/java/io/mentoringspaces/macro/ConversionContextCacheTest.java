package io.mentoringspaces.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.Page;
import io.mentoringspaces.confluence.ConfluenceDouble;
import io.mentoringspaces.confluence.DeviceType;
import io.mentoringspaces.confluence.OutputType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ConversionContextCacheTest {

    private final ConfluenceDouble confluence = new ConfluenceDouble(Clock.systemUTC());

    /** A new conversion of a page of space MENT, as a page render starts one. */
    private ConversionContext conversion() {
        return confluence.conversion(new Page(), "MENT", OutputType.DISPLAY, DeviceType.DESKTOP);
    }

    @Test
    public void shouldLoadAValueOncePerConversion() {
        ConversionContext page = conversion();
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
        ConversionContext one = conversion();
        ConversionContext two = conversion();
        ConversionContextCache.get(one, "k", () -> "one");

        assertEquals("two", ConversionContextCache.get(two, "k", () -> "two"));
        assertNull(ConversionContextCache.get(one, "absent", () -> null));
        assertEquals(Optional.empty(), ConversionContextCache.get(one, "empty", Optional::empty));
    }
}
