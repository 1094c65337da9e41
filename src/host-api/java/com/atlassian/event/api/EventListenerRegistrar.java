package com.atlassian.event.api;

/** Host-API declaration (atlassian-event): registers objects whose {@link EventListener} methods receive events. */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
