package org.gdlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedule;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.RunEnd;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.surface.Surface;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gdlab run}: runs one optimizer from a start point and prints every iterate as CSV or JSON.
 * Rows are streamed as they are computed, so a 10⁶-step run needs no more memory than a short one.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run an optimizer on a surface and print the path.",
                "CSV columns: step,x,y,cost,grad_x,grad_y,lr (row 0 is the start; lr on row k is the rate α_k",
                "applied from w_k). A diverging run prints its finite rows, then says on stderr at which",
                "step and why, and exits with status 0."})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--function", required = true, paramLabel = "ID|FORMULA",
            description = "a built-in id (see 'gdlab functions') or a formula in x and y, e.g. \"(1-x)^2 + 100(y-x^2)^2\"")
    String function;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "gd",
            description = "gd, momentum, nesterov, adagrad, rmsprop, adam, normalized, newton (default: ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--lr", paramLabel = "A",
            description = "learning rate α > 0 (default: the surface's suggested rate for gd, the optimizer's own rate otherwise: see the README)")
    Double lr;

    @Option(names = "--momentum", paramLabel = "M", description = "momentum μ of momentum/nesterov (default 0.9)")
    Double momentum;

    @Option(names = "--beta1", paramLabel = "B1", description = "Adam's β1 (default 0.9)")
    Double beta1;

    @Option(names = "--beta2", paramLabel = "B2", description = "Adam's β2 (default 0.999)")
    Double beta2;

    @Option(names = "--eps", paramLabel = "E", description = "ε of adagrad (default 1e-10), rmsprop and adam (default 1e-8)")
    Double eps;

    @Option(names = "--alpha", paramLabel = "R", description = "RMSProp's smoothing constant ρ, named alpha as in PyTorch (default 0.99)")
    Double alpha;

    @Option(names = "--damping", paramLabel = "D", description = "Newton's damping margin: H + δI with δ = max(0, D − λmin)")
    Double damping;

    @Option(names = "--clip", paramLabel = "C", description = "clip the gradient's length to at most C before every update")
    Double clip;

    @Option(names = "--schedule", paramLabel = "SPEC", defaultValue = "constant",
            description = "constant | step:N:G | exp:G | inv:K | cosine:T[:MIN] (default: ${DEFAULT-VALUE})")
    String schedule;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "0",
            description = "linear warm-up: α_t scaled by (t+1)/W while t < W")
    int warmup;

    @Option(names = "--noise", paramLabel = "S", defaultValue = "0",
            description = "standard deviation σ of Gaussian noise added to the gradient the optimizer sees")
    double noise;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + RunConfig.DEFAULT_SEED,
            description = "seed of the noise, the same default as the window and scenario files (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a surface parameter, e.g. kappa=100 or theta=30 for quadratic")
    List<String> params = new ArrayList<>();

    @Option(names = "--start", paramLabel = "X,Y", description = "start point (default: the surface's suggested start)")
    String start;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "" + RunConfig.DEFAULT_MAX_STEPS, description = "at most N steps (default: ${DEFAULT-VALUE})")
    int steps;

    @Option(names = "--tol", paramLabel = "T", defaultValue = "" + RunConfig.DEFAULT_TOLERANCE, description = "converged when |∇C| < T (default: ${DEFAULT-VALUE})")
    double tol;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        Surface surface = SurfaceResolver.resolve(function, params);
        RunConfig config = RunOptions.config(this, surface);
        PrintWriter out = spec.commandLine().getOut();
        PathWriter writer = switch (format) {
            case "csv" -> new CsvPathWriter(out);
            case "json" -> new JsonPathWriter(out, surface.description().id(), config.optimizer().id());
            default -> throw new BadInputException("--format must be csv or json, got '" + format + "'");
        };
        RunEnd end = Simulation.stream(config, writer::row);
        writer.finish(end);
        out.flush();
        if (end instanceof Diverged d) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("diverged: " + d.message() + DivergenceHint.of(config));
            err.flush();
        }
        return 0;
    }
}
