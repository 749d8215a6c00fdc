package org.gdlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.gdlab.core.explain.Explainer;
import org.gdlab.core.explain.Outcome;
import org.gdlab.core.explain.RunWitness;
import org.gdlab.core.optim.OptimizerKind;
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
        modelTransformer = HyperparameterOptions.class,
        description = {"Run an optimizer on a surface and print the path.",
                "CSV columns: step,x,y,cost,grad_x,grad_y,lr (row 0 is the start; lr on row k is the rate α_k",
                "applied from w_k, or for armijo, wolfe, exact, polyak, bb, cg, bfgs and lbfgs the step length t",
                "they chose: w_{k+1} = w_k + t·d_k); with --data: step,w,b,loss,grad_w,grad_b,lr (linear2: w1,w2),",
                "loss and gradient over all the data, and with --batch also batch_loss,epoch,batch (counted from 1).",
                "After the rows one line on stderr says how the run ended and why (a",
                "diverging run prints its finite rows first); the exit status is still 0. JSON carries the",
                "same sentence as \"message\", with \"status\" and \"reason\"."})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--function", paramLabel = "ID|FORMULA",
            description = "a built-in id (see 'gdlab functions') or a formula in x and y, e.g. \"(1-x)^2 + 100(y-x^2)^2\"")
    String function;

    @CommandLine.Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--batch", paramLabel = "B", defaultValue = "0",
            description = "with --data: mini-batch SGD, B points a step (1..N), reshuffled every epoch by --seed (default: all the data)")
    int batch;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "gd",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            completionCandidates = OptimizerIds.class)
    String optimizer;

    @Option(names = "--lr", paramLabel = "A",
            description = "learning rate α > 0 (default: the surface's suggested rate for gd, the optimizer's own rate otherwise: see the README); for armijo, wolfe, cg, bfgs, lbfgs the first trial step (default 1), for bb the first step, unused by exact and polyak")
    Double lr;

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
        Surface surface = SurfaceChoice.resolve(spec, function, params, data);
        RunConfig config = RunOptions.config(this, surface);
        PrintWriter out = spec.commandLine().getOut();
        PathColumns columns = PathColumns.of(config);
        PathWriter writer = switch (format) {
            case "csv" -> new CsvPathWriter(out, columns);
            case "json" -> new JsonPathWriter(out, surface.description().id(), config.optimizer().id(), columns);
            default -> throw new BadInputException("--format must be csv or json, got '" + format + "'");
        };
        RunWitness witness = new RunWitness();
        RunEnd end = Simulation.stream(config, r -> {
            writer.row(r);
            witness.accept(r);
        });
        Outcome outcome = Explainer.explain(config, end, witness);
        writer.finish(outcome);
        out.flush();
        if (writer instanceof CsvPathWriter) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(outcome.sentence());
            err.flush();
        }
        return 0;
    }

    /** The optimizers' ids, for the help of --optimizer. */
    static final class OptimizerIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(OptimizerKind.values()).map(OptimizerKind::id).iterator();
        }
    }
}
