package io.mentoringspaces.confluence;

import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The web-resource manager's PageBuilderService: records the web resources required while a page is
 * built, each once, in the order they were first required: since the last {@link #clear()} for the
 * tests, and in the current request of the web server (the thread's), for the page that request shows.
 */
public final class RecordingPageBuilder {

    private final List<String> required = new ArrayList<>();
    private final ThreadLocal<Set<String>> inRequest = ThreadLocal.withInitial(LinkedHashSet::new);
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

    /** A request of the web server starts on this thread: nothing required in it yet. */
    void beginRequest() {
        inRequest.get().clear();
    }

    /** The complete keys required in the current request, in the order they were first required. */
    List<String> requiredInRequest() {
        return List.copyOf(inRequest.get());
    }

    private synchronized void require(String key) {
        if (!required.contains(key)) {
            required.add(key);
        }
        inRequest.get().add(key);
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
