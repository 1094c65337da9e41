package io.mentoringspaces.confluence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a host service interface, as the app declares it under {@code src/host-api/java}, to the
 * double's hand-written implementation of it: every method the declaration has must have a public
 * method of the same name, parameter types and a compatible return type in the implementation,
 * checked when the binding is made; a call goes straight to that method. (The implementations do
 * not {@code implement} the interfaces: the host-API checker takes every class in the project that
 * implements a host interface for a plugin class that Confluence itself calls, and the real
 * interfaces have many more methods than the app declares.)
 */
final class HostBinding implements InvocationHandler {

    private final Class<?> type;
    private final Object implementation;
    private final Map<Method, Method> targets = new HashMap<>();

    private HostBinding(Class<?> type, Object implementation) {
        this.type = type;
        this.implementation = implementation;
        List<String> missing = new ArrayList<>();
        for (Method declared : type.getMethods()) {
            try {
                Method target = implementation.getClass().getMethod(declared.getName(), declared.getParameterTypes());
                if (!declared.getReturnType().isAssignableFrom(target.getReturnType())) {
                    missing.add(declared + " (returns " + target.getReturnType().getName() + ")");
                }
                target.setAccessible(true);
                targets.put(declared, target);
            } catch (NoSuchMethodException e) {
                missing.add(declared.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(implementation.getClass().getSimpleName() + " does not implement " + missing);
        }
    }

    /** The host interface {@code type}, answered by {@code implementation}. */
    static <T> T bind(Class<T> type, Object implementation) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                new HostBinding(type, implementation)));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Method target = targets.get(method);
        if (target == null) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> type.getSimpleName() + " of the test Confluence";
                default -> throw new UnsupportedOperationException(method.toString());
            };
        }
        try {
            return target.invoke(implementation, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
