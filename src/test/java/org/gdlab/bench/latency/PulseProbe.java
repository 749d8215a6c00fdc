package org.gdlab.bench.latency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.gdlab.app.AppShell;
import org.gdlab.app.GdLabApp;
import org.gdlab.app.MainView;
import org.gdlab.core.math.NumberText;

/**
 * GD Lab's frame interval in process, from pulse timestamps (issue 14, item 1): not a test; run by
 * {@code src/bench/latency/frames.sh} (Xvfb, software rendering). Opens the window as the app
 * does (no saved session), opens the charts, and then, for a few seconds:
 *
 * <ul>
 *   <li>{@code play}: plays the path at 60 steps/s;</li>
 *   <li>{@code alpha}: moves the α slider by one notch every pulse (a drag that never rests);</li>
 *   <li>{@code kappa}: the same with the κ slider;</li>
 *   <li>{@code diverge}: α across the stability limit and back every 30 pulses (0.18 and 0.23: the
 *       diverging run that the ] key from the opening α plans);</li>
 *   <li>{@code click}: the start jumps between two points every 30 pulses (as a click on the plot does);
 *       prints, per jump, the time to the new path on the JavaFX thread and to the pulse that shows it,
 *       and the CPU time each background worker used meanwhile (who competes with the path's job);</li>
 *   <li>{@code idle}: nothing; prints the wall-clock time of every key event, α change, new surface, new path,
 *       new picture and pulse (for following one key or drag sent by xdotool through the window).</li>
 * </ul>
 *
 * It takes the time of every pulse (a listener that runs before each pulse's layout pass, on the JavaFX
 * thread) and prints the median, 95th percentile and largest interval between consecutive pulses. A pulse
 * starts only once the previous frame has been rendered, so the interval is the frame time the window can
 * hold (16.7 ms on a 60 Hz pulse at best). With {@code --layout-roots} it also counts, per pulse, the
 * deepest nodes that asked for a layout pass (the nodes whose change lays out their ancestors), which is
 * how one finds what lays out the window when only pixels changed.
 *
 * <p>With {@code --bare-plot} the layers other views add to the plot (race, ghosts, curvature, basins:
 * full-size canvases that some clear at every step) are taken out first, to measure the plot's own frames.
 *
 * With {@code --painted} it counts, per pulse, the deepest nodes that changed (their JavaFX dirty bits, read
 * after the layout pass): what the pulse's dirty regions are made of.
 *
 * <p>With {@code --warm S} the mode runs S seconds unmeasured first: a fresh JVM compiles as it goes, and on two
 * cores its compiler takes CPU from the render thread for a minute or more of use (README, runs 36–37); the
 * figures after a warm-up are the frames' own cost, those without it the first seconds of a fresh window.
 *
 * <p>Usage: {@code PulseProbe play|alpha|kappa|click|diverge|idle WxH seconds [--warm S] [--layout-roots] [--painted] [--charts-closed] [--bare-plot]}.
 */
public final class PulseProbe {

    private PulseProbe() {
    }

    public static void main(String[] args) {
        org.gdlab.app.PrismTuning.apply(); // the rendering settings of the app's launcher
        Application.launch(App.class, args);
    }

    /** The application (a main class that extends Application cannot start from a class path). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            PulseProbe.start(stage, getParameters().getRaw());
        }
    }

    private static void start(Stage stage, List<String> raw) {
        String mode = raw.get(0);
        String[] wh = raw.get(1).split("x");
        double seconds = NumberText.parse(raw.get(2)).orElse(8);
        boolean roots = raw.contains("--layout-roots");
        painted = raw.contains("--painted");
        chartsClosed = raw.contains("--charts-closed");
        boolean bare = raw.contains("--bare-plot");
        int w = raw.indexOf("--warm");
        warm = w >= 0 && w + 1 < raw.size() ? NumberText.parse(raw.get(w + 1)).orElse(0) : 0;
        MainView view = GdLabApp.createView();
        AppShell shell = new AppShell(view, null, org.gdlab.app.scenario.FilePicker.system());
        Scene scene = shell.createScene(NumberText.parse(wh[0]).orElse(1600), NumberText.parse(wh[1]).orElse(1000));
        stage.setScene(scene);
        stage.show();
        view.plot().requestFocus();
        if (bare) {
            try { // getChildren is protected; the probe is not the plot's API
                var m = Parent.class.getDeclaredMethod("getChildren");
                m.setAccessible(true);
                ((javafx.collections.ObservableList<?>) m.invoke(view.plot())).removeIf(n -> ((Node) n).getId() != null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if ("idle".equals(mode)) {
            // for finding where a key's time goes: when each key event and each α change arrive (wall clock)
            scene.addEventFilter(javafx.scene.input.KeyEvent.ANY, k -> System.out.println(String.format(Locale.ROOT,
                    "EVENT %.3f %s %s", System.currentTimeMillis() / 1e3, k.getEventType(), k.getCharacter())));
            view.viewModel().learningRateProperty().addListener(o -> System.out.println(String.format(Locale.ROOT,
                    "ALPHA %.3f", System.currentTimeMillis() / 1e3)));
            view.viewModel().pathProperty().addListener(o -> System.out.println(String.format(Locale.ROOT,
                    "PATH %.3f", System.currentTimeMillis() / 1e3)));
            javafx.application.Platform.runLater(() -> { // where to drag κ from outside
                Node k = scene.lookup("#param-kappa");
                javafx.geometry.Bounds b = k.localToScreen(k.getBoundsInLocal());
                System.out.println(String.format(Locale.ROOT, "KAPPA %.0f %.0f %.0f %.0f", b.getMinX(), b.getMinY(),
                        b.getWidth(), b.getHeight()));
            });
            view.viewModel().surfaceProperty().addListener(o -> System.out.println(String.format(Locale.ROOT,
                    "SURFACE %.3f", System.currentTimeMillis() / 1e3)));
            view.viewModel().plot().pictureProperty().addListener(o -> System.out.println(String.format(Locale.ROOT,
                    "PICTURE %.3f", System.currentTimeMillis() / 1e3)));
            scene.addPostLayoutPulseListener(() -> {
                System.out.println(String.format(Locale.ROOT, "PULSE %.3f", System.currentTimeMillis() / 1e3));
                if (painted) { // what this pulse repaints, node by node
                    List<String> found = new ArrayList<>();
                    deepestRepainted(scene.getRoot(), found);
                    found.forEach(f -> System.out.println("  REPAINTED " + f));
                }
            });
            return;
        }
        // settle first: the first pictures and the charts' first layout are not what is measured
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(3));
        settle.setOnFinished(e -> run(stage, view, mode, seconds, roots));
        settle.play();
    }

    private static void run(Stage stage, MainView view, String mode, double seconds, boolean roots) {
        view.analysis().setExpanded(!chartsClosed); // open unless --charts-closed (as the window opens)
        var pc = view.viewModel().playback();
        pc.speedProperty().set(60);
        List<Long> pulses = new ArrayList<>();
        Map<String, Integer> dirty = new TreeMap<>();
        Scene scene = stage.getScene();
        Runnable listener = () -> {
            pulses.add(System.nanoTime());
            if (roots) {
                List<String> found = new ArrayList<>();
                deepestDirty(scene.getRoot(), found);
                for (String s : found) {
                    dirty.merge(s, 1, Integer::sum);
                }
            }
        };
        if (painted) {
            // after the layout pass, before the scene is copied to the render graph: what this pulse repaints
            scene.addPostLayoutPulseListener(() -> {
                List<String> found = new ArrayList<>();
                deepestRepainted(scene.getRoot(), found);
                for (String s : found) {
                    repainted.merge(s, 1, Integer::sum);
                }
            });
        }
        Slider slider = (Slider) scene.lookup("kappa".equals(mode) ? "#param-kappa" : "#lrSlider");
        long[] begin = {0};
        boolean[] counting = {false};
        long[] cpuAtStart = {0};
        Clicks clicks = new Clicks();
        view.viewModel().pathProperty().addListener(o -> clicks.pathShown());
        scene.addPostLayoutPulseListener(clicks::pulse);
        AnimationTimer driver = new AnimationTimer() {
            private int n;

            @Override
            public void handle(long now) {
                if (begin[0] == 0 && counting[0]) {
                    begin[0] = now;
                }
                if ("diverge".equals(mode)) {
                    // α across the stability limit and back, as ] and [ from the opening α do
                    if (n++ % 30 == 0) {
                        var lr = view.viewModel().learningRateProperty();
                        lr.set((n / 30) % 2 == 0 ? 0.18 : 0.18 * Math.pow(10, 0.1));
                    }
                } else if ("click".equals(mode)) {
                    if (n++ % 30 == 0) {
                        clicks.jump(view, (n / 30) % 2 == 0);
                    }
                } else if (!"play".equals(mode)) {
                    // to and fro over a tenth of the range, one notch a pulse
                    double span = (slider.getMax() - slider.getMin()) / 400;
                    slider.setValue(slider.getValue() + ((n++ / 20) % 2 == 0 ? span : -span));
                }
                if (begin[0] != 0 && now - begin[0] > seconds * 1e9) {
                    stop();
                    pc.playingProperty().set(false);
                    scene.removePreLayoutPulseListener(listener);
                    report(mode, pulses, dirty);
                    // CPU time is what the frames cost this process, much less bent by other load than wall time
                    System.out.println(String.format(Locale.ROOT, "FRAMES %s CPU of the JavaFX and render threads"
                            + " %.1f ms per pulse", mode, (frameCpu() - cpuAtStart[0]) / 1e6 / Math.max(1, pulses.size() - 1)));
                    clicks.report();
                    Platform.exit();
                }
            }
        };
        // the pulse after the charts opened is their first layout: start counting one second later
        javafx.animation.PauseTransition open = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        open.setOnFinished(e -> {
            if ("play".equals(mode)) {
                // a path that lasts: 1,000 steps at 60 steps/s take 17 s
                view.viewModel().learningRateProperty().set(0.002);
                pc.reset();
                pc.togglePlay();
            }
            driver.start();
            // counted after the warm-up (--warm), with the same work going on
            javafx.animation.PauseTransition warmUp = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(warm));
            warmUp.setOnFinished(x -> {
                scene.addPreLayoutPulseListener(listener);
                cpuAtStart[0] = frameCpu();
                counting[0] = true;
            });
            warmUp.play();
        });
        open.play();
    }

    /** @return the CPU nanoseconds used so far by the JavaFX application thread and the render thread */
    private static long frameCpu() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread th : Thread.getAllStackTraces().keySet()) {
            if (th.getName().equals("JavaFX Application Thread") || th.getName().startsWith("QuantumRenderer")) {
                sum += Math.max(0, mx.getThreadCpuTime(th.getId()));
            }
        }
        return sum;
    }

    /** For {@code click}: the times from a start jump to its path and its pulse, and the workers' CPU meanwhile. */
    private static final class Clicks {
        private final java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        private final List<double[]> done = new ArrayList<>();
        private final Map<String, Double> cpu = new TreeMap<>();
        private long at;
        private long path;
        private int pulsesSinceJump;
        private int pulsesSincePath;
        private Map<Long, Long> before = Map.of();

        void jump(MainView view, boolean there) {
            var vm = view.viewModel();
            var t = vm.plot().transformProperty().get();
            double f = there ? 0.33 : 0.36;
            before = workers();
            at = System.nanoTime();
            path = 0;
            pulsesSinceJump = 0;
            vm.setStart(t.worldX(t.left() + f * t.width()), t.worldY(t.top() + 0.33 * t.height()));
        }

        void pathShown() {
            if (at != 0 && path == 0) {
                path = System.nanoTime();
                pulsesSincePath = 0;
            }
        }

        void pulse() {
            pulsesSinceJump++;
            pulsesSincePath++;
            if (at != 0 && path != 0) {
                long now = System.nanoTime();
                done.add(new double[] {(path - at) / 1e6, (now - at) / 1e6});
                Map<Long, Long> after = workers();
                StringBuilder b = new StringBuilder();
                for (Thread th : Thread.getAllStackTraces().keySet()) {
                    Long a = after.get(th.getId());
                    if (a != null) {
                        double ms = (a - before.getOrDefault(th.getId(), 0L)) / 1e6;
                        if (ms > 0.5) {
                            b.append(String.format(Locale.ROOT, " %s %.1f", th.getName(), ms));
                        }
                    }
                }
                System.out.println(String.format(Locale.ROOT,
                        "CLICK path %.1f ms  shown %.1f ms (pulse %d after the jump, %d after the path)  workers' CPU ms:%s",
                        (path - at) / 1e6, (now - at) / 1e6, pulsesSinceJump, pulsesSincePath, b));
                at = 0;
            }
        }

        private Map<Long, Long> workers() {
            Map<Long, Long> m = new java.util.HashMap<>();
            for (Thread th : Thread.getAllStackTraces().keySet()) {
                if (th.getName().startsWith("gdlab-")) {
                    m.put(th.getId(), mx.getThreadCpuTime(th.getId()));
                }
            }
            return m;
        }

        void report() {
            if (done.isEmpty()) {
                return;
            }
            double[] p = done.stream().mapToDouble(d -> d[0]).sorted().toArray();
            double[] s = done.stream().mapToDouble(d -> d[1]).sorted().toArray();
            System.out.println(String.format(Locale.ROOT, "FRAMES click jumps %d  to path median %.1f ms max %.1f ms"
                    + "  to its pulse median %.1f ms max %.1f ms", p.length, quantile(p, 0.5), p[p.length - 1],
                    quantile(s, 0.5), s[s.length - 1]));
        }
    }

    private static boolean painted;
    private static boolean chartsClosed;
    // seconds the mode runs before it is measured (--warm)
    private static double warm;
    private static final Map<String, Integer> repainted = new TreeMap<>();

    /**
     * Adds the deepest nodes whose state changed since the last pulse (JavaFX's dirty bits, read through
     * its internal NodeHelper: the bench runs on the class path), with the bits: what the pulse copies to
     * the render graph and so what its dirty regions are made of.
     *
     * @return whether n or a node under it changed
     */
    private static boolean deepestRepainted(Node n, List<String> out) {
        boolean below = false;
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                below |= deepestRepainted(c, out);
            }
        }
        if (below) {
            return true;
        }
        if (!n.isVisible() || com.sun.javafx.scene.NodeHelper.isDirtyEmpty(n)) {
            return false;
        }
        StringBuilder bits = new StringBuilder();
        for (com.sun.javafx.scene.DirtyBits b : com.sun.javafx.scene.DirtyBits.values()) {
            if (com.sun.javafx.scene.NodeHelper.isDirty(n, b)) {
                bits.append(bits.length() == 0 ? "" : ",").append(b.name());
            }
        }
        String text = n instanceof javafx.scene.text.Text t ? " \"" + t.getText().lines().findFirst().orElse("") + "\"" : "";
        out.add("[" + bits + "]" + text + " " + describe(n));
        return true;
    }

    /** Adds the deepest parents that need a layout pass (their ancestors need one because of them). */
    private static void deepestDirty(Parent p, List<String> out) {
        if (!p.isNeedsLayout()) {
            return;
        }
        boolean child = false;
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Parent c && c.isNeedsLayout()) {
                child = true;
                deepestDirty(c, out);
            }
        }
        if (!child) {
            out.add(describe(p));
        }
    }

    private static String describe(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node a = n; a != null && b.length() < 160; a = a.getParent()) {
            String id = a.getId() != null ? "#" + a.getId()
                    : a.getStyleClass().isEmpty() ? a.getClass().getSimpleName() : "." + a.getStyleClass().get(0);
            b.append(b.length() == 0 ? "" : " < ").append(id);
        }
        return b.toString();
    }

    private static void report(String mode, List<Long> pulses, Map<String, Integer> dirty) {
        double[] ms = new double[pulses.size() - 1];
        for (int i = 1; i < pulses.size(); i++) {
            ms[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
        }
        Arrays.sort(ms);
        System.out.println(String.format(Locale.ROOT,
                "FRAMES %s pulses %d  median %.1f ms  p95 %.1f ms  max %.1f ms", mode, ms.length,
                quantile(ms, 0.5), quantile(ms, 0.95), ms.length == 0 ? Double.NaN : ms[ms.length - 1]));
        StringBuilder top = new StringBuilder("FRAMES longest");
        for (int i = ms.length - 1; i >= Math.max(0, ms.length - 8); i--) {
            top.append(String.format(Locale.ROOT, " %.0f", ms[i]));
        }
        System.out.println(top);
        dirty.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25).forEach(e ->
                System.out.println(String.format(Locale.ROOT, "LAYOUT %5d %s", e.getValue(), e.getKey())));
        repainted.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40).forEach(e ->
                System.out.println(String.format(Locale.ROOT, "PAINTED %5d %s", e.getValue(), e.getKey())));
    }

    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(sorted.length - 1, i + 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }
}
