package org.gdlab.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.gdlab.core.scenario.AtomicFiles;

/**
 * The descent as an animated, looping GIF, written with javax.imageio's GIF writer (the frames are reduced
 * to 256 colours by its palette builder). Frame f shows every path up to step f·stepsPerFrame, the last
 * frame the complete runs. Runs on the caller's thread (call it off the UI thread), reports progress after
 * every frame and checks the cancellation flag before every frame; a cancelled or failed export leaves no
 * file (and an old file at the target untouched).
 */
public final class GifExport {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifExport() {
    }

    /** @return the step shown by each frame: 0, n, 2n, …, up to the last step of the longest run */
    public static List<Integer> frameSteps(int longestRun, int stepsPerFrame) {
        int lastStep = Math.max(0, longestRun - 1);
        List<Integer> steps = new ArrayList<>();
        for (int s = 0; s < lastStep; s += stepsPerFrame) {
            steps.add(s);
        }
        steps.add(lastStep);
        if (steps.size() > GifOptions.MAX_FRAMES) {
            throw new IllegalArgumentException("the GIF would have " + steps.size() + " frames (at most "
                    + GifOptions.MAX_FRAMES + "); take more steps per frame");
        }
        return steps;
    }

    /**
     * Writes the GIF.
     *
     * @param progress told (done, total) after each frame
     * @param cancelled polled before each frame; when it returns true the export stops
     * @throws CancellationException when cancelled (no file is left behind)
     */
    public static void write(PlotRenderer renderer, GifOptions options, Path file, ExportProgress progress,
                             BooleanSupplier cancelled) throws IOException {
        AtomicFiles.write(file, content(renderer, options, progress, cancelled));
    }

    /**
     * @return the GIF file's content (painted frame by frame when written), for {@link AtomicFiles#stage};
     *     writing it throws {@link CancellationException} when cancelled
     */
    public static AtomicFiles.Content content(PlotRenderer renderer, GifOptions options, ExportProgress progress,
                                              BooleanSupplier cancelled) {
        List<Integer> steps = frameSteps(renderer.longestRun(), options.stepsPerFrame());
        int w = options.size().width();
        int h = options.size().height();
        return out -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(ios);
                writer.prepareWriteSequence(null);
                BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                for (int f = 0; f < steps.size(); f++) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("GIF export cancelled");
                    }
                    Graphics2D g = frame.createGraphics();
                    try {
                        renderer.paintFrame(g, w, h, steps.get(f));
                    } finally {
                        g.dispose();
                    }
                    boolean last = f == steps.size() - 1;
                    int delay = last ? options.lastFrameDelayMs() : options.frameDelayMs();
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    IIOMetadata meta = metadata(writer, frame, param, delay, f == 0);
                    writer.writeToSequence(new IIOImage(frame, null, meta), param);
                    ios.flush(); // hand the frame to the file: the memory cache holds one frame, not the whole GIF
                    progress.update(f + 1, steps.size());
                }
                writer.endWriteSequence();
                ios.flush();
            } finally {
                writer.dispose();
            }
        };
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage frame, ImageWriteParam param, int delayMs,
                                        boolean first) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(Math.max(2, Math.round(delayMs / 10f))));
        gce.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0}); // loop for ever
            apps.appendChild(app);
        }
        try {
            meta.setFromTree(FORMAT, root);
        } catch (javax.imageio.metadata.IIOInvalidTreeException e) {
            throw new IOException("cannot set the GIF's frame metadata", e);
        }
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
