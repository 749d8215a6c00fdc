package org.gdlab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gdlab.core.optim.Hyperparameter;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The hyperparameter options of a command ({@code --momentum}, {@code --beta1}, …), made from the
 * optimizers' declarations ({@link OptimizerKind#hyperparameters()}): one option {@code --name} per
 * declared name ('_' written '-': {@code line_search} is {@code --line-search}), its help from the declarations of every optimizer that has it. A picocli model
 * transformer: a command gets the options with {@code @Command(modelTransformer = HyperparameterOptions.class)}.
 *
 * <p>Reading them ({@link #read}) refuses, with exit status 2 and plain words, a value the chosen optimizer
 * cannot take: a hyperparameter it does not have ("gd has no setting beta1; its settings are: (none)") and
 * a value out of range, with the words of {@link Hyperparameter#problem} ("--beta1: β1 must be in [0, 1),
 * got 1").
 */
final class HyperparameterOptions implements CommandLine.IModelTransformer {

    /** Adds one option per declared name, shown in the help right after {@code --lr} (or at the end). */
    @Override
    public CommandSpec transform(CommandSpec spec) {
        List<OptionSpec> after = new ArrayList<>();
        boolean seenRate = false;
        for (OptionSpec o : List.copyOf(spec.options())) {
            if (seenRate) {
                after.add(o);
                spec.remove(o);
            }
            seenRate = seenRate || o.longestName().equals("--lr");
        }
        for (Map.Entry<String, List<Declared>> e : byName().entrySet()) {
            List<Declared> all = e.getValue();
            Hyperparameter first = all.get(0).declaration();
            spec.addOption(OptionSpec.builder(option(e.getKey()))
                    .paramLabel(first.symbol())
                    .type(String.class)
                    .description(help(all))
                    .build());
        }
        after.forEach(spec::addOption);
        return spec;
    }

    /**
     * @param spec the parsed command
     * @param kind the chosen optimizer
     * @return kind's defaults with the values given on the command line
     * @throws BadInputException for a hyperparameter kind does not have, text that is not a value, or a value
     *     out of range
     */
    static Hyperparameters read(CommandSpec spec, OptimizerKind kind) {
        Hyperparameters h = Hyperparameters.defaults(kind);
        for (String name : byName().keySet()) {
            OptionSpec option = spec.findOption(option(name));
            String text = option == null ? null : option.getValue();
            if (text == null) {
                continue;
            }
            Optional<Hyperparameter> d = kind.hyperparameter(name);
            if (d.isEmpty()) {
                throw new BadInputException(Hyperparameters.unknownName(kind, name));
            }
            double v;
            try {
                v = d.get().parse(text);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(option(name) + ": " + e.getMessage());
            }
            Optional<String> problem = d.get().problem(v);
            if (problem.isPresent()) {
                throw new BadInputException(option(name) + ": " + problem.get() + ", got " + text.strip());
            }
            h = h.with(name, v);
        }
        return h;
    }

    /**
     * @param name a declared name, e.g. "beta1" or "line_search"
     * @return its option, with '-' for '_' as options are spelled: "--beta1", "--line-search"
     */
    static String option(String name) {
        return "--" + name.replace('_', '-');
    }

    /** One declaration and the optimizer that makes it. */
    private record Declared(OptimizerKind kind, Hyperparameter declaration) {
    }

    /** @return every declared name, in order of first declaration, with each optimizer's declaration of it */
    private static Map<String, List<Declared>> byName() {
        Map<String, List<Declared>> m = new LinkedHashMap<>();
        for (OptimizerKind k : OptimizerKind.values()) {
            for (Hyperparameter h : k.hyperparameters()) {
                m.computeIfAbsent(h.name(), n -> new ArrayList<>()).add(new Declared(k, h));
            }
        }
        return m;
    }

    /**
     * @return e.g. "ε of adagrad (default 1e-10), rmsprop, adam (default 1e-8), in [0, ∞): Added to …"; the
     *     optimizers that share a default (and range) are listed together
     */
    private static String help(List<Declared> all) {
        Map<String, List<String>> byDefault = new LinkedHashMap<>();
        for (Declared d : all) {
            Hyperparameter h = d.declaration();
            String key = "default " + h.format(h.defaultValue()) + ", in " + h.rangeText();
            byDefault.computeIfAbsent(key, x -> new ArrayList<>()).add(d.kind().id());
        }
        String which = byDefault.entrySet().stream()
                .map(e -> String.join(", ", e.getValue()) + " (" + e.getKey() + ")")
                .collect(Collectors.joining("; "));
        Hyperparameter first = all.get(0).declaration();
        return first.symbol() + " of " + which + ". " + first.meaning();
    }
}
