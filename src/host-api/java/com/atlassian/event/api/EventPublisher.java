package com.atlassian.event.api;

/** Host-API declaration (atlassian-event): Confluence's event bus. */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
