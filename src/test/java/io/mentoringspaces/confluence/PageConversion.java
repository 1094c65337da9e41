package io.mentoringspaces.confluence;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import java.util.HashMap;
import java.util.Map;

/**
 * Confluence's DefaultConversionContext for one render of a piece of content: its output and device
 * types as lower-case strings, the content as its entity, the space key (the entity's, or the one
 * given for content that is not in a space yet), and a map of properties that lives as long as the
 * render.
 */
public final class PageConversion {

    private final ContentEntityObject entity;
    private final String spaceKey;
    private final OutputType outputType;
    private final DeviceType deviceType;
    private final Map<String, Object> properties = new HashMap<>();

    PageConversion(ContentEntityObject entity, String spaceKey, OutputType outputType, DeviceType deviceType) {
        this.entity = entity;
        this.spaceKey = entity instanceof SpaceContentEntityObject content && content.getSpaceKey() != null
                ? content.getSpaceKey() : spaceKey;
        this.outputType = outputType;
        this.deviceType = deviceType;
    }

    public void setProperty(String name, Object value) {
        properties.put(name, value);
    }

    public Object getProperty(String name) {
        return properties.get(name);
    }

    public Object removeProperty(String name) {
        return properties.remove(name);
    }

    public String getOutputType() {
        return outputType.value();
    }

    public String getOutputDeviceType() {
        return deviceType.value();
    }

    public ContentEntityObject getEntity() {
        return entity;
    }

    public String getSpaceKey() {
        return spaceKey;
    }
}
