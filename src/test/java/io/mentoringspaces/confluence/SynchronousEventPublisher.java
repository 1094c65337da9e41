package io.mentoringspaces.confluence;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's event bus (atlassian-event's EventPublisherImpl) for synchronous events: a registered
 * object's public {@link EventListener} methods receive, on the publishing thread, every event that
 * is an instance of their parameter's type, in the order of their {@code order()} and then of
 * registration. As in Confluence, a listener that throws does not stop the publication or the other
 * listeners: the failure is logged, and kept here so that tests can see it.
 */
public final class SynchronousEventPublisher implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SynchronousEventPublisher.class);

    /** A listener that threw: the event, the listener's method and what it threw. */
    public record Failure(Object event, Method method, Throwable thrown) {
    }

    private record Invoker(Object listener, Method method, int order, long registered) {
    }

    private final List<Invoker> invokers = new CopyOnWriteArrayList<>();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private long registrations;

    @Override
    public synchronized void register(Object listener) {
        if (invokers.stream().anyMatch(invoker -> invoker.listener() == listener)) {
            return;
        }
        long registered = ++registrations;
        for (Method method : listener.getClass().getMethods()) {
            EventListener annotation = method.getAnnotation(EventListener.class);
            if (annotation != null && method.getParameterCount() == 1) {
                invokers.add(new Invoker(listener, method, annotation.order(), registered));
            }
        }
    }

    @Override
    public synchronized void unregister(Object listener) {
        invokers.removeIf(invoker -> invoker.listener() == listener);
    }

    @Override
    public void publish(Object event) {
        List<Invoker> receivers = new ArrayList<>();
        for (Invoker invoker : invokers) {
            if (invoker.method().getParameterTypes()[0].isInstance(event)) {
                receivers.add(invoker);
            }
        }
        receivers.sort(Comparator.comparingInt(Invoker::order).thenComparingLong(Invoker::registered));
        for (Invoker invoker : receivers) {
            try {
                invoker.method().invoke(invoker.listener(), event);
            } catch (InvocationTargetException e) {
                failed(event, invoker.method(), e.getCause());
            } catch (IllegalAccessException e) {
                failed(event, invoker.method(), e);
            }
        }
    }

    private void failed(Object event, Method method, Throwable thrown) {
        LOG.error("There was an exception thrown trying to dispatch event [{}] to {}", event, method, thrown);
        failures.add(new Failure(event, method, thrown));
    }

    /** The listener failures so far. */
    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** Real interface member, not used by the app. */
    public synchronized void unregisterAll() {
        invokers.clear();
    }
}
