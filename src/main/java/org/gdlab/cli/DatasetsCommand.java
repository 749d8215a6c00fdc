package org.gdlab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gdlab.core.data.BuiltinDataset;
import org.gdlab.core.data.BuiltinDatasets;
import org.gdlab.core.data.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gdlab datasets}: lists the built-in datasets, one per line: id, model, N, columns and what it shows,
 * then where it comes from and its licence.
 */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the built-in datasets (use them as --data builtin:NAME) with their source and licence.")
final class DatasetsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (BuiltinDataset b : BuiltinDatasets.all()) {
            Dataset d = BuiltinDatasets.load(b.id());
            out.printf(Locale.ROOT, "%-12s %-9s N = %-3s %s → %s: %s%n", b.id(), b.model().id(), String.valueOf(d.size()),
                    String.join(", ", d.featureNames()), d.targetName(), b.description());
            out.printf(Locale.ROOT, "%-12s source: %s; licence: %s%n", "", b.source(), b.licence());
        }
        out.flush();
        return 0;
    }
}
