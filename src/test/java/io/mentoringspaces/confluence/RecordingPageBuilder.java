package io.mentoringspaces.confluence;

import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.ArrayList;
import java.util.List;

/**
 * The web-resource manager's PageBuilderService: records the web resources required while a page is
 * built, each once, in the order they were first required.
 */
public final class RecordingPageBuilder {

    private final List<String> required = new ArrayList<>();
    private final WebResourceAssembler assembler;

    RecordingPageBuilder() {
        Resources resources = new Resources();
        resources.self = HostBinding.bind(RequiredResources.class, resources);
        this.assembler = HostBinding.bind(WebResourceAssembler.class, new Assembler(resources.self));
    }

    public WebResourceAssembler assembler() {
        return assembler;
    }

    /** The complete keys required since the last {@link #clear()}. */
    public synchronized List<String> required() {
        return List.copyOf(required);
    }

    public synchronized void clear() {
        required.clear();
    }

    private synchronized void require(String key) {
        if (!required.contains(key)) {
            required.add(key);
        }
    }

    private final class Resources {

        private RequiredResources self;

        public RequiredResources requireWebResource(String moduleCompleteKey) {
            require(moduleCompleteKey);
            return self;
        }
    }

    private record Assembler(RequiredResources resources) {
    }
}
