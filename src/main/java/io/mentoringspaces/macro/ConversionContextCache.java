package io.mentoringspaces.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Values computed once per conversion (the render of one page, preview or export) and shared by
 * every macro on it, kept in the conversion context itself: nothing outlives the request, so no
 * cluster node holds state another would need. Generic: any macro may keep what it reads here under
 * a key of its own.
 */
public final class ConversionContextCache {

    /** The conversion-context property that holds the values. */
    static final String PROPERTY = "io.mentoringspaces.mentoring-spaces.render-cache";

    private ConversionContextCache() {
    }

    /** The value kept under {@code key}, loaded and kept on first use. */
    @SuppressWarnings("unchecked")
    public static <T> T get(ConversionContext context, String key, Supplier<T> load) {
        Object kept = context.getProperty(PROPERTY);
        Map<String, Object> values;
        if (kept instanceof Map<?, ?> map) {
            values = (Map<String, Object>) map;
        } else {
            values = new HashMap<>();
            context.setProperty(PROPERTY, values);
        }
        if (!values.containsKey(key)) {
            values.put(key, load.get());
        }
        return (T) values.get(key);
    }
}
