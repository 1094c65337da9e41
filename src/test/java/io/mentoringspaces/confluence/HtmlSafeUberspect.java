package io.mentoringspaces.confluence;

import java.util.Iterator;
import java.util.Locale;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Velocity's introspection as Confluence's template renderer configures it: the value a method returns
 * is marked HTML-safe when the method's name ends in {@code Html} (any case) or starts with
 * {@code render} or {@code getRender}. A property read through {@code Map.get} is a call of
 * {@code get}, so it is never marked, whatever the key. Marked values are unwrapped wherever they are
 * used as a target, an argument or a collection.
 */
public final class HtmlSafeUberspect extends UberspectImpl {

    static boolean htmlSafe(String methodName) {
        return methodName != null && (methodName.toLowerCase(Locale.ROOT).endsWith("html") || methodName.startsWith("render")
                || methodName.startsWith("getRender"));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Iterator getIterator(Object obj, Info info) throws Exception {
        return super.getIterator(HtmlSafeValue.unbox(obj), info);
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        VelMethod method = super.getMethod(HtmlSafeValue.unbox(obj), methodName, HtmlSafeValue.unbox(args), info);
        return method == null ? null : new MarkingMethod(method);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(HtmlSafeValue.unbox(obj), identifier, info);
        return getter == null ? null : new MarkingGetter(getter);
    }

    private record MarkingMethod(VelMethod method) implements VelMethod {

        @Override
        public Object invoke(Object target, Object[] params) throws Exception {
            Object value = method.invoke(HtmlSafeValue.unbox(target), HtmlSafeValue.unbox(params));
            return htmlSafe(method.getMethodName()) ? HtmlSafeValue.mark(value) : value;
        }

        @Override
        public boolean isCacheable() {
            return method.isCacheable();
        }

        @Override
        public String getMethodName() {
            return method.getMethodName();
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Class getReturnType() {
            return method.getReturnType();
        }
    }

    private record MarkingGetter(VelPropertyGet getter) implements VelPropertyGet {

        @Override
        public Object invoke(Object target) throws Exception {
            Object value = getter.invoke(HtmlSafeValue.unbox(target));
            return htmlSafe(getter.getMethodName()) ? HtmlSafeValue.mark(value) : value;
        }

        @Override
        public boolean isCacheable() {
            return getter.isCacheable();
        }

        @Override
        public String getMethodName() {
            return getter.getMethodName();
        }
    }
}
