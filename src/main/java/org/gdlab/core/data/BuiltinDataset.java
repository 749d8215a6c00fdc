package org.gdlab.core.data;

/**
 * A dataset GD Lab ships: its id ({@code builtin:ID} on the command line), what it shows, the model it
 * suits, and where it comes from (the generator and its seed, or the real source and its licence).
 *
 * @param id          the id
 * @param description one line on what it shows
 * @param model       the model it is made for
 * @param source      where the numbers come from
 * @param licence     the terms they are shipped under
 */
public record BuiltinDataset(String id, String description, Model model, String source, String licence) {
}
