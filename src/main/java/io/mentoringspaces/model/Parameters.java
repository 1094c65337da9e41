package io.mentoringspaces.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The names the app's enums go by in URLs, JSON, CSV and macro parameters: the constant's name in
 * lower case with {@code -} for {@code _} ({@code IN_PROGRESS} is {@code in-progress}).
 */
final class Parameters {

    private Parameters() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant named {@code text} exactly, or null. */
    static <E extends Enum<E>> E parse(E[] constants, String text) {
        return Arrays.stream(constants).filter(c -> of(c).equals(text)).findFirst().orElse(null);
    }

    static <E extends Enum<E>> List<String> names(E[] constants) {
        return Arrays.stream(constants).map(Parameters::of).toList();
    }
}
