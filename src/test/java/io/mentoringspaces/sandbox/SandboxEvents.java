package io.mentoringspaces.sandbox;

import com.atlassian.event.api.EventListener;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sandbox double of Confluence's event bus: objects register, and each of their
 * {@link EventListener} methods receives, on the publishing thread, every published event of its
 * parameter's type. A listener that fails fails the publication, so the sandbox never hides it.
 */
public final class SandboxEvents {

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    public void register(Object listener) {
        listeners.add(listener);
    }

    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    invoke(listener, method, event);
                }
            }
        }
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method + " failed on " + event.getClass().getSimpleName(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
