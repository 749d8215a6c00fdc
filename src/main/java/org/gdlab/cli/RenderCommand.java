package org.gdlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.AtomicFiles;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioException;
import org.gdlab.core.scenario.ScenarioFiles;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.Stepper;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.ExportSize;
import org.gdlab.render.GifExport;
import org.gdlab.render.GifOptions;
import org.gdlab.render.PathCsv;
import org.gdlab.render.PlotRenderer;
import org.gdlab.render.PngExport;
import org.gdlab.render.SvgExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gdlab render}: draws a scenario file or a built-in lesson without a display, as PNG, SVG, an
 * animated GIF and/or the paths as CSV. Prints one line per file written.
 *
 * <p>Every output path is checked before any work; every file is staged beside its target and all are
 * renamed into place only when all were written ({@link AtomicFiles#stage}), so a refusal or a failure
 * leaves no file behind. A run whose start cannot be used (its cost or gradient is not finite there) is
 * drawn as its start alone, the legend says why, and so does one line on stderr (exit status 0).
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render a scenario or a built-in lesson to PNG, SVG, animated GIF and/or CSV, without a display.",
                "Give at least one of --png, --svg, --gif, --csv. Files are written atomically.",
                "Draws the overlays the scenario names: gradient-field, ghost-paths (the first run at α/4 … 4α),",
                "eigenvectors and local-quadratic (at the current point; frame by frame in a GIF),",
                "basins (the basin map of the first run's settings over the whole plot, with its legend).",
                "Each GIF frame also shows the first run's marks of its step, as the window does: the line search's",
                "trials (armijo, wolfe, exact, cg, bfgs, lbfgs), the direction d (cg, bfgs, lbfgs), the batch gradient."})
final class RenderCommand implements Callable<Integer> {

    static {
        // rendering needs no display; never let AWT look for one
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "a scenario file (.gdlab.json); or --lesson")
    Path scenarioFile;

    @Option(names = "--lesson", paramLabel = "ID", description = "a built-in lesson (see 'gdlab lessons'); or --scenario")
    String lesson;

    @Option(names = "--png", paramLabel = "OUT", description = "write the plot as PNG")
    Path png;

    @Option(names = "--svg", paramLabel = "OUT", description = "write the plot as SVG (vector level lines and paths)")
    Path svg;

    @Option(names = "--gif", paramLabel = "OUT", description = "write the descent as an animated, looping GIF")
    Path gif;

    @Option(names = "--csv", paramLabel = "OUT", description = "write every run's path: run,step,x,y,cost,grad_x,grad_y,lr (lr: α_k, or the step length t that armijo, wolfe, exact, polyak, bb, cg, bfgs, lbfgs accepted)")
    Path csv;

    @Option(names = "--width", paramLabel = "W", description = "image width in pixels, 16 to 3840 (default: 1280; GIF 800)")
    Integer width;

    @Option(names = "--height", paramLabel = "H", description = "image height in pixels, 16 to 2160 (default: 720; GIF 450)")
    Integer height;

    @Option(names = "--frames", paramLabel = "N", defaultValue = "60",
            description = "about how many GIF frames, 2 to 1000 (default: ${DEFAULT-VALUE})")
    int frames;

    @Option(names = "--frame-ms", paramLabel = "MS", defaultValue = "80",
            description = "how long each GIF frame shows, 20 to 10000 ms (default: ${DEFAULT-VALUE})")
    int frameMs;

    @Override
    public Integer call() {
        if ((scenarioFile == null) == (lesson == null)) {
            throw new BadInputException("give one of --scenario FILE or --lesson ID" + (lesson == null ? "" : ", not both"));
        }
        if (png == null && svg == null && gif == null && csv == null) {
            throw new BadInputException("nothing to write: give at least one of --png, --svg, --gif, --csv");
        }
        ExportSize size = new ExportSize(width == null ? 1280 : width, height == null ? 720 : height);
        ExportSize gifSize = new ExportSize(width == null ? 800 : width, height == null ? 450 : height);
        if (gif != null) {
            GifOptions.spread(gifSize, 1, frames); // checks --frames before any work
            new GifOptions(gifSize, 1, frameMs, 2000); // checks --frame-ms
        }
        for (Path file : new Path[] {png, svg, gif, csv}) {
            if (file != null) {
                check(file);
            }
        }
        Scenario scenario = scenario();
        PlotRenderer renderer = png != null || svg != null || gif != null ? new PlotRenderer(scenario) : null;
        List<String> wrote = new ArrayList<>();
        List<AtomicFiles.Staged> staged = new ArrayList<>();
        try {
            if (png != null) {
                staged.add(stage(png, PngExport.content(renderer, size)));
                wrote.add("wrote " + png + " (PNG, " + size.width() + "×" + size.height() + ")");
            }
            if (svg != null) {
                staged.add(stage(svg, SvgExport.content(renderer, size)));
                wrote.add("wrote " + svg + " (SVG, " + size.width() + "×" + size.height() + ")");
            }
            if (gif != null) {
                GifOptions spread = GifOptions.spread(gifSize, renderer.longestRun(), frames);
                GifOptions options = new GifOptions(gifSize, spread.stepsPerFrame(), frameMs, spread.lastFrameDelayMs());
                int count = GifExport.frameSteps(renderer.longestRun(), options.stepsPerFrame()).size();
                staged.add(stage(gif, GifExport.content(renderer, options, ExportProgress.NONE, () -> false)));
                wrote.add("wrote " + gif + " (GIF, " + gifSize.width() + "×" + gifSize.height() + ", " + count
                        + " frames, " + options.stepsPerFrame() + " steps per frame)");
            }
            if (csv != null) {
                long[] rows = {0};
                staged.add(stage(csv, PathCsv.content(scenario, rows)));
                wrote.add("wrote " + csv + " (CSV, " + rows[0] + " rows)");
            }
            for (AtomicFiles.Staged file : staged) {
                commit(file);
            }
        } finally {
            staged.forEach(AtomicFiles.Staged::close); // a failure anywhere writes none of the files
        }
        PrintWriter out = spec.commandLine().getOut();
        wrote.forEach(out::println);
        out.flush();
        unusableStarts(scenario);
        return 0;
    }

    /** Says on stderr, as {@code gdlab run} does for divergence, which runs could not even start (exit status 0). */
    private void unusableStarts(Scenario scenario) {
        PrintWriter err = spec.commandLine().getErr();
        for (int i = 0; i < scenario.runs().size(); i++) {
            ScenarioRun run = scenario.runs().get(i);
            Stepper start = new Stepper(run.config());
            if (start.current() == null && start.end() instanceof Diverged d) {
                err.println(ErrorReporting.oneLine("run " + (i + 1) + " (" + run.displayLabel() + ") " + PlotRenderer.unusableStart(d)));
            }
        }
        err.flush();
    }

    private Scenario scenario() {
        if (lesson != null) {
            return Lessons.byId(lesson).scenario(); // IllegalArgumentException → status 2
        }
        try {
            return ScenarioFiles.open(scenarioFile);
        } catch (ScenarioException e) {
            String name = scenarioFile.toString().isEmpty() ? "''" : scenarioFile.toString();
            throw new BadInputException("cannot open " + name + ": " + e.getMessage());
        }
    }

    private static void check(Path file) {
        try {
            AtomicFiles.check(file);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static AtomicFiles.Staged stage(Path file, AtomicFiles.Content content) {
        try {
            return AtomicFiles.stage(file, content);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static void commit(AtomicFiles.Staged file) {
        try {
            file.commit();
        } catch (IOException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
