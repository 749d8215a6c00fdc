package org.gdlab.cli;

import java.util.List;
import org.gdlab.core.surface.Surface;
import picocli.CommandLine;

/**
 * What a command runs on: {@code --function} (a surface) or {@code --data} (a model's cost over a dataset),
 * exactly one of them. With {@code --data} the surface-only options {@code --noise} and {@code --param} are
 * refused (exit status 2): on data the mini-batches are the noise, and the data settings are the data options.
 */
final class SurfaceChoice {

    private SurfaceChoice() {
    }

    /** @throws BadInputException when both or neither are given, or a surface-only option comes with --data */
    static Surface resolve(CommandLine.Model.CommandSpec spec, String function, List<String> params, DataOptions data) {
        if (function != null && data.given()) {
            throw new BadInputException("--function and --data are mutually exclusive: give one of them");
        }
        if (function == null && !data.given()) {
            throw new BadInputException("give --function ID|FORMULA (a surface) or --data FILE.csv|builtin:NAME (a dataset)");
        }
        if (function != null) {
            List<String> dataOnly = List.of("--model", "--x", "--x1", "--x2", "--y", "--standardize", "--l2");
            for (String o : dataOnly) {
                if (matched(spec, o)) {
                    throw new BadInputException(o + " applies only with --data");
                }
            }
            return SurfaceResolver.resolve(function, params);
        }
        for (String o : List.of("--noise", "--param")) {
            if (matched(spec, o)) {
                throw new BadInputException(o + " applies to surfaces, not to --data"
                        + (o.equals("--noise") ? " (on data, --batch brings the noise of mini-batches)" : ""));
            }
        }
        return data.cost();
    }

    private static boolean matched(CommandLine.Model.CommandSpec spec, String option) {
        CommandLine.ParseResult r = spec.commandLine().getParseResult();
        return spec.findOption(option) != null && r.hasMatchedOption(option);
    }
}
