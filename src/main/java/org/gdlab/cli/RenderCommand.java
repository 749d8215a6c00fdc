package org.gdlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioException;
import org.gdlab.core.scenario.ScenarioFiles;
import org.gdlab.render.ExportProgress;
import org.gdlab.render.ExportSize;
import org.gdlab.render.GifExport;
import org.gdlab.render.GifOptions;
import org.gdlab.render.PathCsv;
import org.gdlab.render.PlotRenderer;
import org.gdlab.render.PngExport;
import org.gdlab.render.SvgExport;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gdlab render}: draws a scenario file or a built-in lesson without a display, as PNG, SVG, an
 * animated GIF and/or the paths as CSV. Prints one line per file written.
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render a scenario or a built-in lesson to PNG, SVG, animated GIF and/or CSV, without a display.",
                "Give at least one of --png, --svg, --gif, --csv. Files are written atomically."})
final class RenderCommand implements Callable<Integer> {

    static {
        // rendering needs no display; never let AWT look for one
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final class Source {
        @Option(names = "--scenario", paramLabel = "FILE", description = "a scenario file (.gdlab.json)")
        Path scenario;

        @Option(names = "--lesson", paramLabel = "ID", description = "a built-in lesson (see 'gdlab lessons')")
        String lesson;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--png", paramLabel = "OUT", description = "write the plot as PNG")
    Path png;

    @Option(names = "--svg", paramLabel = "OUT", description = "write the plot as SVG (vector level lines and paths)")
    Path svg;

    @Option(names = "--gif", paramLabel = "OUT", description = "write the descent as an animated, looping GIF")
    Path gif;

    @Option(names = "--csv", paramLabel = "OUT", description = "write every run's path: run,step,x,y,cost,grad_x,grad_y,lr")
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
        if (png == null && svg == null && gif == null && csv == null) {
            throw new BadInputException("nothing to write: give at least one of --png, --svg, --gif, --csv");
        }
        Scenario scenario = scenario();
        ExportSize size = new ExportSize(width == null ? 1280 : width, height == null ? 720 : height);
        PlotRenderer renderer = new PlotRenderer(scenario);
        PrintWriter out = spec.commandLine().getOut();
        if (png != null) {
            write(png, () -> PngExport.write(renderer, size, png));
            out.println("wrote " + png + " (PNG, " + size.width() + "×" + size.height() + ")");
        }
        if (svg != null) {
            write(svg, () -> SvgExport.write(renderer, size, svg));
            out.println("wrote " + svg + " (SVG, " + size.width() + "×" + size.height() + ")");
        }
        if (gif != null) {
            ExportSize gifSize = new ExportSize(width == null ? 800 : width, height == null ? 450 : height);
            GifOptions spread = GifOptions.spread(gifSize, renderer.longestRun(), frames);
            GifOptions options = new GifOptions(gifSize, spread.stepsPerFrame(), frameMs, spread.lastFrameDelayMs());
            int count = GifExport.frameSteps(renderer.longestRun(), options.stepsPerFrame()).size();
            write(gif, () -> GifExport.write(renderer, options, gif, ExportProgress.NONE, () -> false));
            out.println("wrote " + gif + " (GIF, " + gifSize.width() + "×" + gifSize.height() + ", " + count + " frames, "
                    + options.stepsPerFrame() + " steps per frame)");
        }
        if (csv != null) {
            write(csv, () -> PathCsv.write(renderer, csv));
            int rows = renderer.trajectories().stream().mapToInt(t -> t.size()).sum();
            out.println("wrote " + csv + " (CSV, " + rows + " rows)");
        }
        out.flush();
        return 0;
    }

    private Scenario scenario() {
        if (source.lesson != null) {
            return Lessons.byId(source.lesson).scenario(); // IllegalArgumentException → status 2
        }
        try {
            return ScenarioFiles.open(source.scenario);
        } catch (ScenarioException e) {
            throw new BadInputException("cannot open " + source.scenario + ": " + e.getMessage());
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static void write(Path file, Writing writing) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new BadInputException("cannot write " + file + ": the directory " + dir + " does not exist");
        }
        try {
            writing.run();
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
