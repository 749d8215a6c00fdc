package org.gdlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gdlab eval}: the value, gradient and Hessian of a surface at a point, and what the local quadratic
 * model says there (eigenvalues, condition number, kind of point, largest stable learning rate 2/λmax,
 * best constant rate 2/(λmin+λmax)); on data ({@code --data}) also the optimum, or null with the reason.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate a surface, or a model's cost on data, at a point: value, gradient, Hessian and local",
                "curvature; on data also the optimum [w*, b*] (or null with the reason: separable, one_class,",
                "not_unique), and with --standardize the optimum in the data's units (optimum_original)."})
final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--function", paramLabel = "ID|FORMULA",
            description = "a built-in id (see 'gdlab functions') or a formula in x and y")
    String function;

    @CommandLine.Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a surface parameter, e.g. kappa=100")
    List<String> params = new ArrayList<>();

    @Option(names = "--at", required = true, paramLabel = "X,Y", description = "the point, e.g. 0.5,0.5 (on data: W,B or W1,W2)")
    String at;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        Surface surface = SurfaceChoice.resolve(spec, function, params, data);
        double[] p = Numbers.parsePoint(at, "--at");
        if (!format.equals("text") && !format.equals("json")) {
            throw new BadInputException("--format must be text or json, got '" + format + "'");
        }
        EvalReport report = EvalReport.of(surface, new Vec2(p[0], p[1]));
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? report.toJson() : report.toText());
        out.flush();
        return 0;
    }
}
