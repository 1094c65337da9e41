package io.mentoringspaces.confluence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Confluence's Soy compiler for the app's wizard templates (HB-9): Closure Templates of the generation
 * Confluence bundles, {@code com.google.template:soy:2016-01-12} (the oldest on Maven Central), with
 * the one function Confluence's {@code soy-core-functions} give the app's templates,
 * {@code getText('key')}: the key's text in the language of the user the page is rendered for. The
 * templates are compiled with templates of Confluence's own that they call ({@code resources}) and
 * rendered on the server by the compiler's Tofu renderer, HTML escaped as the compiler escapes it.
 *
 * <p>The compiler runs on the libraries it was built with (Guava 17, Guice 3), which clash with the
 * tests' newer Guava: it is loaded from its own directory ({@code soy.compiler.dir}, filled by the
 * build) in a class loader of its own, and called through reflection; its Guice needs
 * {@code --add-opens java.base/java.lang=ALL-UNNAMED}.
 */
final class SoyTemplates {

    private static final String SOY = "com.google.template.soy.";

    private final List<String> resources;
    private final Function<String, String> getText;
    private Compiled compiled;

    /** The compiled templates and the renderer's methods. */
    private record Compiled(Object tofu, Method newRenderer, Method setData, Method setIjData, Method render) {
    }

    /**
     * The Soy files at these class-path locations, compiled when a template is first rendered;
     * {@code getText} answers the {@code getText} function's key in the current user's language.
     */
    SoyTemplates(List<String> resources, Function<String, String> getText) {
        this.resources = List.copyOf(resources);
        this.getText = getText;
    }

    /** The HTML of the template {@code name} (its namespace and name) with its data and injected data. */
    String render(String name, Map<String, ?> data, Map<String, ?> injectedData) {
        Compiled templates = compiled();
        try {
            Object renderer = templates.newRenderer().invoke(templates.tofu(), name);
            templates.setData().invoke(renderer, data);
            templates.setIjData().invoke(renderer, injectedData);
            return (String) templates.render().invoke(renderer);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The Soy template " + name + " does not render: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized Compiled compiled() {
        if (compiled == null) {
            compiled = compile();
        }
        return compiled;
    }

    private Compiled compile() {
        ClassLoader compiler = compilerLoader();
        try {
            Class<?> soyFunction = compiler.loadClass(SOY + "shared.restricted.SoyFunction");
            Class<?> javaFunction = compiler.loadClass(SOY + "shared.restricted.SoyJavaFunction");
            Class<?> module = compiler.loadClass("com.google.inject.Module");
            Object function = proxy(compiler, javaFunction, getTextFunction(compiler, getText));
            Object functions = proxy(compiler, module, (self, method, args) -> {
                if (method.getName().equals("configure")) {
                    bindFunction(compiler, args[0], soyFunction, function);
                    return null;
                }
                return identity(self, method, args);
            });
            Object modules = Array.newInstance(module, 2);
            Array.set(modules, 0, compiler.loadClass(SOY + "SoyModule").getConstructor().newInstance());
            Array.set(modules, 1, functions);
            Object injector = compiler.loadClass("com.google.inject.Guice").getMethod("createInjector", modules.getClass())
                    .invoke(null, modules);
            Class<?> builderClass = compiler.loadClass(SOY + "SoyFileSet$Builder");
            Object builder = builderClass.getConstructor().newInstance();
            compiler.loadClass("com.google.inject.Injector").getMethod("injectMembers", Object.class).invoke(injector, builder);
            Method add = builderClass.getMethod("add", CharSequence.class, String.class);
            for (String resource : resources) {
                add.invoke(builder, read(resource), resource);
            }
            Object fileSet = builderClass.getMethod("build").invoke(builder);
            Object tofu = fileSet.getClass().getMethod("compileToTofu").invoke(fileSet);
            Class<?> renderer = compiler.loadClass(SOY + "tofu.SoyTofu$Renderer");
            return new Compiled(tofu, compiler.loadClass(SOY + "tofu.SoyTofu").getMethod("newRenderer", String.class),
                    renderer.getMethod("setData", Map.class), renderer.getMethod("setIjData", Map.class), renderer.getMethod("render"));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The Soy templates " + resources + " do not compile: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The Soy compiler cannot be loaded", e);
        }
    }

    /** The compiler's jars, under a class loader that sees nothing of the tests' class path. */
    private static ClassLoader compilerLoader() {
        Path directory = Path.of(System.getProperty("soy.compiler.dir", "target/soy-compiler"));
        try (Stream<Path> files = Files.list(directory)) {
            URL[] jars = files.filter(file -> file.toString().endsWith(".jar")).sorted().map(SoyTemplates::url).toArray(URL[]::new);
            if (jars.length == 0) {
                throw new IllegalStateException("No Soy compiler in " + directory + ": run the build's generate-test-resources phase");
            }
            return new URLClassLoader(jars, ClassLoader.getPlatformClassLoader());
        } catch (IOException e) {
            throw new IllegalStateException("No Soy compiler in " + directory + ": run the build's generate-test-resources phase", e);
        }
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code getText(key)}: a string, the key's text; evaluated when the template renders. */
    private static InvocationHandler getTextFunction(ClassLoader compiler, Function<String, String> getText)
            throws ReflectiveOperationException {
        Method forValue = compiler.loadClass(SOY + "data.restricted.StringData").getMethod("forValue", String.class);
        Method coerceToString = compiler.loadClass(SOY + "data.SoyValue").getMethod("coerceToString");
        return (self, method, args) -> switch (method.getName()) {
            case "getName" -> "getText";
            case "getValidArgsSizes" -> Set.of(1);
            case "computeForJava" -> forValue.invoke(null, getText.apply((String) coerceToString.invoke(((List<?>) args[0]).get(0))));
            default -> identity(self, method, args);
        };
    }

    /** Adds {@code function} to the compiler's set of functions, as a Guice module of plugin functions does. */
    private static void bindFunction(ClassLoader compiler, Object binder, Class<?> soyFunction, Object function)
            throws ReflectiveOperationException {
        Class<?> multibinder = compiler.loadClass("com.google.inject.multibindings.Multibinder");
        Object set = multibinder.getMethod("newSetBinder", compiler.loadClass("com.google.inject.Binder"), Class.class)
                .invoke(null, binder, soyFunction);
        Object binding = multibinder.getMethod("addBinding").invoke(set);
        compiler.loadClass("com.google.inject.binder.LinkedBindingBuilder").getMethod("toInstance", Object.class)
                .invoke(binding, function);
    }

    private static Object proxy(ClassLoader compiler, Class<?> type, InvocationHandler handler) {
        return Proxy.newProxyInstance(compiler, new Class<?>[] {type}, handler);
    }

    /** equals, hashCode and toString of a proxy: by identity. */
    private static Object identity(Object self, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            case "toString" -> "getText";
            default -> throw new UnsupportedOperationException(method.getName());
        };
    }

    private static String read(String resource) {
        try (InputStream in = SoyTemplates.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No Soy file " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
