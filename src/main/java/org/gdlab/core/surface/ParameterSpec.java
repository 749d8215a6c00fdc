package org.gdlab.core.surface;

/**
 * A named numeric parameter of a surface family (κ and θ of {@code quadratic}), with its default and the
 * range that is accepted.
 *
 * @param name         the name used on the command line ({@code --param kappa=100})
 * @param defaultValue the value when none is given
 * @param min          the smallest accepted value (inclusive)
 * @param max          the largest accepted value (inclusive)
 * @param description  one line for help texts and tooltips
 */
public record ParameterSpec(String name, double defaultValue, double min, double max, String description) {
}
