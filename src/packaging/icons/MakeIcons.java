import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws GD Lab's icon (level lines of a tilted bowl in viridis colours, and a zig-zag descent to its
 * minimum) and writes every file the app and the installers use. Not part of the build; run it from the
 * repository root when the icon changes, and commit what it writes:
 *
 * <pre>java src/packaging/icons/MakeIcons.java</pre>
 */
public final class MakeIcons {

    /** viridis from the outside of the bowl (high cost) to its bottom */
    private static final Color[] LEVELS = {
        new Color(0x440154), new Color(0x414487), new Color(0x2a788e),
        new Color(0x22a884), new Color(0x7ad151), new Color(0xfde725)};

    public static void main(String[] args) throws IOException {
        Path app = Path.of("src/main/resources/org/gdlab/app/desktop");
        Files.createDirectories(app);
        for (int s : new int[] {16, 32, 48, 64, 128, 256}) {
            ImageIO.write(draw(s), "png", app.resolve("gdlab-" + s + ".png").toFile());
        }
        Path linux = Path.of("src/packaging/linux");
        Files.createDirectories(linux);
        ImageIO.write(draw(256), "png", linux.resolve("gdlab.png").toFile());
        Path windows = Path.of("src/packaging/windows");
        Files.createDirectories(windows);
        writeIco(windows.resolve("gdlab.ico"), 16, 24, 32, 48, 64, 256);
        Path mac = Path.of("src/packaging/macos");
        Files.createDirectories(mac);
        writeIcns(mac.resolve("gdlab.icns"));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 256.0, size / 256.0);
        RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 52, 52);
        g.setColor(LEVELS[0]);
        g.fill(tile);
        g.clip(tile);
        // the bowl: filled level sets, an ellipse stretched 2.4:1 and turned by -30°, minimum at (140, 120)
        AffineTransform bowl = new AffineTransform();
        bowl.translate(140, 120);
        bowl.rotate(Math.toRadians(-30));
        for (int i = 1; i < LEVELS.length; i++) {
            double r = 150 * (1 - i / (double) LEVELS.length);
            g.setColor(LEVELS[i]);
            g.fill(bowl.createTransformedShape(new Ellipse2D.Double(-r * 1.55, -r / 1.55, 2 * r * 1.55, 2 * r / 1.55)));
        }
        // the descent: zig-zagging across the valley, steps shrinking towards the minimum
        // (along the valley, across it) in the bowl's axes, then to the picture
        double[][] steps = {{-100, -52}, {-80, 42}, {-58, -30}, {-38, 20}, {-18, -10}, {0, 0}};
        double[][] w = new double[steps.length][];
        for (int i = 0; i < steps.length; i++) {
            double[] p = new double[2];
            bowl.transform(steps[i], 0, p, 0, 1);
            w[i] = p;
        }
        Path2D path = new Path2D.Double();
        path.moveTo(w[0][0], w[0][1]);
        for (int i = 1; i < w.length; i++) {
            path.lineTo(w[i][0], w[i][1]);
        }
        float line = size <= 32 ? 16f : 11f;
        g.setStroke(new BasicStroke(line + 6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0, 0, 0, 90));
        g.draw(path);
        g.setStroke(new BasicStroke(line, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Color.WHITE);
        g.draw(path);
        double dot = size <= 32 ? 20 : 15;
        for (int i = 0; i < w.length - 1; i++) {
            g.fill(new Ellipse2D.Double(w[i][0] - dot / 2, w[i][1] - dot / 2, dot, dot));
        }
        double end = size <= 32 ? 40 : 30;
        g.setColor(new Color(0xd7191c));
        g.fill(new Ellipse2D.Double(w[w.length - 1][0] - end / 2, w[w.length - 1][1] - end / 2, end, end));
        g.setStroke(new BasicStroke(6f));
        g.setColor(Color.WHITE);
        g.draw(new Ellipse2D.Double(w[w.length - 1][0] - end / 2, w[w.length - 1][1] - end / 2, end, end));
        g.dispose();
        return img;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** A Windows icon whose entries are PNG images (Windows Vista and later read them). */
    static void writeIco(Path file, int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
        }
        try (OutputStream os = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(os)) {
            out.write(le16(0));
            out.write(le16(1));
            out.write(le16(sizes.length));
            int offset = 6 + 16 * sizes.length;
            for (int i = 0; i < sizes.length; i++) {
                out.writeByte(sizes[i] >= 256 ? 0 : sizes[i]);
                out.writeByte(sizes[i] >= 256 ? 0 : sizes[i]);
                out.writeByte(0); // no palette
                out.writeByte(0);
                out.write(le16(1)); // colour planes
                out.write(le16(32)); // bits per pixel
                out.write(le32(images[i].length));
                out.write(le32(offset));
                offset += images[i].length;
            }
            for (byte[] image : images) {
                out.write(image);
            }
        }
    }

    /** A macOS icon: PNG entries of 128, 256, 512 and 1024 pixels (ic07 to ic10). */
    static void writeIcns(Path file) throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            b.writeBytes(types[i]);
            b.writeInt(8 + image.length);
            b.write(image);
        }
        try (OutputStream os = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(os)) {
            out.writeBytes("icns");
            out.writeInt(8 + body.size());
            body.writeTo(out);
        }
    }

    private static byte[] le16(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8)};
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }
}
