package org.gdlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.SurfaceDescription;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gdlab functions}: the built-in surfaces, one a line: id, name, formula. */
@Command(name = "functions", mixinStandardHelpOptions = true,
        description = "List the built-in surfaces, one a line: id, name, formula.")
final class FunctionsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SurfaceDescription> all = SurfaceCatalog.ids().stream()
                .map(id -> SurfaceCatalog.create(id).description()).toList();
        int idWidth = all.stream().mapToInt(d -> d.id().length()).max().orElse(0);
        int nameWidth = all.stream().mapToInt(d -> d.name().length()).max().orElse(0);
        for (SurfaceDescription d : all) {
            out.printf(Locale.ROOT, "%-" + idWidth + "s  %-" + nameWidth + "s  %s%n", d.id(), d.name(), d.formula());
        }
        out.flush();
        return 0;
    }
}
