package org.gdlab.core.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.expr.FormulaException;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameter;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewLimits;
import org.gdlab.core.surface.ViewRect;

/**
 * The scenario file format ({@code "format": "gdlab-scenario", "version": 1}): readable JSON with
 * snake_case keys, documented with an example in {@code scenario-format.md}. Writing is deterministic
 * (same scenario, same bytes); numbers are written so that they read back to the same doubles, so
 * {@code read(write(s)).equals(s)}.
 *
 * <p>Reading is strict: unknown keys, duplicate keys, missing required keys, wrong types, values out of range,
 * a newer version and a different format tag are refused with a {@link ScenarioException} that names the
 * JSON path (e.g. {@code runs[1].learning_rate}) or, for malformed JSON, the line and column ({@link JsonText}:
 * "line 3, column 14: a number was expected, found NaN"), in plain words; text from the file is shown escaped
 * and cut ({@link Quote}). A leading byte-order mark is skipped. A view must lie within ±{@value
 * #MAX_VIEW_COORDINATE} with a width and height of {@value #MIN_VIEW_SIZE} to {@value #MAX_VIEW_SIZE}. A
 * formula is only parsed by the formula language ({@link org.gdlab.core.expr.FormulaSurface#parse}), never
 * executed.
 */
public final class ScenarioJson {

    /** The value of the "format" key. */
    public static final String FORMAT = "gdlab-scenario";
    /** The version this code writes, and the newest it reads. */
    public static final int VERSION = 1;
    /** The largest file read: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;
    /** The farthest a view's edge may lie from 0 along either axis ({@link ViewLimits}, as the window's zoom). */
    public static final double MAX_VIEW_COORDINATE = ViewLimits.MAX_COORDINATE;
    /** The narrowest view (width and height). */
    public static final double MIN_VIEW_SIZE = ViewLimits.MIN_SIZE;
    /** The widest view (width and height). */
    public static final double MAX_VIEW_SIZE = ViewLimits.MAX_SIZE;

    /** Writes the files; reading is {@link JsonText}'s, with messages in plain words. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Set<String> TOP_KEYS = Set.of("format", "version", "title", "caption", "surface", "view",
            "start", "max_steps", "runs", "color_map", "level_spacing", "level_count", "overlays");
    private static final Set<String> RUN_KEYS = Set.of("label", "optimizer", "learning_rate", "hyperparameters",
            "schedule", "warmup", "clip", "noise", "seed", "color", "start", "max_steps", "tolerance", "batch");
    /** Every optimizer's hyperparameter names: a run may carry those of other optimizers (older files did). */
    private static final Set<String> HYPER_KEYS = Arrays.stream(OptimizerKind.values())
            .flatMap(k -> k.hyperparameters().stream()).map(Hyperparameter::name)
            .collect(Collectors.toCollection(TreeSet::new));
    private static final Set<String> VIEW_KEYS = Set.of("x_min", "x_max", "y_min", "y_max");
    private static final Set<String> POINT_KEYS = Set.of("x", "y");

    private ScenarioJson() {
    }

    /** @return the scenario as pretty-printed JSON text ending in a newline */
    public static String write(Scenario s) {
        try {
            return MAPPER.writeValueAsString(toTree(s)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a scenario as JSON", e); // a tree always serialises
        }
    }

    /** @return the scenario as UTF-8 bytes of {@link #write} */
    public static byte[] writeBytes(Scenario s) {
        return write(s).getBytes(StandardCharsets.UTF_8);
    }

    static ObjectNode toTree(Scenario s) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (!s.title().isEmpty()) {
            root.put("title", s.title());
        }
        if (!s.caption().isEmpty()) {
            root.put("caption", s.caption());
        }
        ObjectNode surface = root.putObject("surface");
        if (s.surface() instanceof SurfaceSpec.Builtin b) {
            surface.put("id", b.id());
            if (!b.parameters().isEmpty()) {
                ObjectNode params = surface.putObject("parameters");
                b.parameters().forEach(params::put);
            }
        } else if (s.surface() instanceof SurfaceSpec.Formula f) {
            surface.put("formula", f.text());
        } else if (s.surface() instanceof SurfaceSpec.Data d) {
            if (d.ref() != null) {
                surface.put("data", d.ref());
            } else {
                ArrayNode pts = surface.putArray("points");
                for (List<Double> p : d.points()) {
                    ArrayNode row = pts.addArray();
                    p.forEach(row::add);
                }
            }
            if (!d.columns().isEmpty()) {
                ArrayNode cols = surface.putArray("columns");
                d.columns().forEach(cols::add);
            }
            surface.put("model", d.spec().model().id());
            surface.put("standardize", d.spec().standardize());
            surface.put("l2", d.spec().l2());
        }
        ObjectNode view = root.putObject("view");
        view.put("x_min", s.view().xMin());
        view.put("x_max", s.view().xMax());
        view.put("y_min", s.view().yMin());
        view.put("y_max", s.view().yMax());
        point(root.putObject("start"), s.start());
        root.put("max_steps", s.maxSteps());
        ArrayNode runs = root.putArray("runs");
        for (ScenarioRun sr : s.runs()) {
            RunConfig r = sr.config();
            ObjectNode run = runs.addObject();
            if (!sr.label().isEmpty()) {
                run.put("label", sr.label());
            }
            run.put("optimizer", r.optimizer().id());
            run.put("learning_rate", r.learningRate());
            writeHyper(run.putObject("hyperparameters"), r.hyper());
            run.put("schedule", r.scheduleSpec());
            run.put("warmup", r.warmup());
            run.put("clip", r.clip());
            run.put("noise", r.noise());
            run.put("seed", r.seed());
            if (r.batch() > 0) {
                run.put("batch", r.batch());
            }
            if (!sr.color().isEmpty()) {
                run.put("color", sr.color());
            }
            if (!r.start().equals(s.start())) {
                point(run.putObject("start"), r.start());
            }
            if (r.maxSteps() != s.maxSteps()) {
                run.put("max_steps", r.maxSteps());
            }
            if (r.tolerance() != RunConfig.DEFAULT_TOLERANCE) {
                run.put("tolerance", r.tolerance());
            }
        }
        root.put("color_map", s.colorMap().name().toLowerCase(Locale.ROOT));
        root.put("level_spacing", s.levelSpacing().name().toLowerCase(Locale.ROOT));
        root.put("level_count", s.levelCount());
        ArrayNode overlays = root.putArray("overlays");
        s.overlays().forEach(overlays::add);
        return root;
    }

    /**
     * Writes the run's own declared hyperparameters (a choice by name), in declaration order; an unset one
     * (Polyak's C* "auto") is left out, so it reads back unset.
     */
    private static void writeHyper(ObjectNode node, Hyperparameters h) {
        for (Hyperparameter d : h.declarations()) {
            if (Double.isNaN(h.get(d.name()))) {
                continue;
            }
            if (d.type() == Hyperparameter.Type.CHOICE) {
                node.put(d.name(), d.format(h.get(d.name())));
            } else {
                node.put(d.name(), h.get(d.name()));
            }
        }
    }

    private static void point(ObjectNode node, Vec2 p) {
        node.put("x", p.x());
        node.put("y", p.y());
    }

    /**
     * @param json the text of a scenario file
     * @return the scenario
     * @throws ScenarioException naming the problem and where it is
     */
    public static Scenario read(String json) throws ScenarioException {
        return read(json, null);
    }

    /**
     * @param json the text of a scenario file
     * @param base the folder that a dataset's relative path is read against (the scenario file's folder);
     *     null for the working folder
     * @return the scenario
     * @throws ScenarioException naming the problem and where it is
     */
    public static Scenario read(String json, java.nio.file.Path base) throws ScenarioException {
        if (json.length() > MAX_BYTES) {
            throw new ScenarioException("the scenario is too large (" + json.length() + " characters; at most "
                    + MAX_BYTES + " bytes are read)");
        }
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1); // a byte-order mark, as some editors write: not part of the JSON
        }
        JsonNode root = JsonText.parse(json);
        if (root == null) {
            throw new ScenarioException("the file is empty: a scenario is a JSON object");
        }
        if (!root.isObject()) {
            throw new ScenarioException("not a GD Lab scenario: the file holds a JSON " + kind(root) + ", not an object");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual()) {
            throw new ScenarioException("not a GD Lab scenario: \"format\": \"" + FORMAT + "\" is missing");
        }
        if (!FORMAT.equals(format.asText())) {
            throw new ScenarioException("not a GD Lab scenario: format is '" + Quote.of(format.asText()) + "', expected '" + FORMAT + "'");
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new ScenarioException("\"version\" must be a whole number (this GD Lab reads version " + VERSION + ")");
        }
        if (version.intValue() > VERSION) {
            throw new ScenarioException("the scenario was saved by a newer GD Lab (format version " + version.intValue()
                    + "); this version reads up to version " + VERSION);
        }
        if (version.intValue() < 1) {
            throw new ScenarioException("\"version\" must be at least 1, got " + version.intValue());
        }
        return new Reader(base).scenario(root);
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "array";
            case OBJECT -> "object";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** Reads a tree, remembering where it is for messages. */
    private static final class Reader {

        private final java.nio.file.Path base;

        Reader(java.nio.file.Path base) {
            this.base = base;
        }

        Scenario scenario(JsonNode root) throws ScenarioException {
            keys(root, "", TOP_KEYS);
            String title = optText(root, "title", "", "");
            String caption = optText(root, "caption", "", "");
            SurfaceSpec surface = surface(object(root, "surface", ""));
            ViewRect view = view(object(root, "view", ""));
            Vec2 start = point(object(root, "start", ""), "start");
            int maxSteps = whole(root, "max_steps", "", 0, Scenario.MAX_STEPS);
            Surface onSurface = surface.create();
            List<ScenarioRun> runs = new ArrayList<>();
            JsonNode runNodes = required(root, "runs", "");
            if (!runNodes.isArray()) {
                throw problem("runs", "must be a list of runs");
            }
            if (runNodes.size() > Scenario.MAX_RUNS) {
                throw problem("runs", "may hold at most " + Scenario.MAX_RUNS + " runs, got " + runNodes.size());
            }
            for (int i = 0; i < runNodes.size(); i++) {
                runs.add(run(runNodes.get(i), "runs[" + i + "]", onSurface, start, maxSteps));
            }
            ColorMap map = choice(root, "color_map", "", ColorMap.values(), ColorMap.defaultMap(), "colour map");
            LevelSpacing spacing = choice(root, "level_spacing", "", LevelSpacing.values(), LevelSpacing.LINEAR, "level spacing");
            int levelCount = whole(root, "level_count", "", Scenario.MIN_LEVELS, Scenario.MAX_LEVELS);
            Set<String> overlays = new TreeSet<>();
            JsonNode overlayNodes = root.get("overlays");
            if (overlayNodes != null && !overlayNodes.isNull()) {
                if (!overlayNodes.isArray()) {
                    throw problem("overlays", "must be a list of names");
                }
                for (int i = 0; i < overlayNodes.size(); i++) {
                    JsonNode o = overlayNodes.get(i);
                    String path = "overlays[" + i + "]";
                    if (!o.isTextual()) {
                        throw problem(path, "must be a name");
                    }
                    if (!Overlays.KNOWN.contains(o.asText())) {
                        throw problem(path, "unknown overlay '" + Quote.of(o.asText()) + "'; valid: " + String.join(", ", Overlays.KNOWN));
                    }
                    overlays.add(o.asText());
                }
            }
            try {
                return new Scenario(title, caption, surface, view, runs, map, spacing, levelCount, overlays);
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(e.getMessage(), e);
            }
        }

        SurfaceSpec surface(JsonNode node) throws ScenarioException {
            keys(node, "surface", Set.of("id", "parameters", "formula", "data", "points", "model", "columns",
                    "standardize", "l2"));
            boolean hasId = node.has("id");
            boolean hasFormula = node.has("formula");
            boolean hasData = node.has("data") || node.has("points");
            if ((hasId ? 1 : 0) + (hasFormula ? 1 : 0) + (hasData ? 1 : 0) != 1) {
                throw problem("surface", "needs exactly one of \"id\" (a built-in surface), \"formula\", or \"data\""
                        + " or \"points\" (a dataset)");
            }
            if (hasData) {
                return data(node);
            }
            for (String k : List.of("model", "columns", "standardize", "l2")) {
                if (node.has(k)) {
                    throw problem("surface." + k, "applies only to a dataset (\"data\" or \"points\")");
                }
            }
            if (hasFormula) {
                if (node.has("parameters")) {
                    throw problem("surface.parameters", "applies only to built-in surfaces, not to a formula");
                }
                String text = text(node, "formula", "surface");
                try {
                    return new SurfaceSpec.Formula(text);
                } catch (FormulaException e) {
                    throw problem("surface.formula", "bad formula '" + Quote.of(text) + "': " + e.getMessage());
                }
            }
            String id = text(node, "id", "surface");
            Map<String, Double> params = new LinkedHashMap<>();
            JsonNode p = node.get("parameters");
            if (p != null && !p.isNull()) {
                if (!p.isObject()) {
                    throw problem("surface.parameters", "must be an object of NAME: number");
                }
                for (Iterator<String> it = p.fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    params.put(name, number(p, name, "surface.parameters"));
                }
            }
            try {
                return new SurfaceSpec.Builtin(id, params);
            } catch (IllegalArgumentException e) {
                throw problem("surface", e.getMessage());
            }
        }

        ViewRect view(JsonNode node) throws ScenarioException {
            keys(node, "view", VIEW_KEYS);
            double xMin = number(node, "x_min", "view");
            double xMax = number(node, "x_max", "view");
            double yMin = number(node, "y_min", "view");
            double yMax = number(node, "y_max", "view");
            if (!(xMin < xMax)) {
                throw problem("view", "x_min must be less than x_max, got " + xMin + " and " + xMax);
            }
            if (!(yMin < yMax)) {
                throw problem("view", "y_min must be less than y_max, got " + yMin + " and " + yMax);
            }
            String[] names = {"x_min", "x_max", "y_min", "y_max"};
            double[] values = {xMin, xMax, yMin, yMax};
            for (int i = 0; i < names.length; i++) {
                if (Math.abs(values[i]) > MAX_VIEW_COORDINATE) {
                    throw problem("view." + names[i], "must be between -1e12 and 1e12, got " + values[i]);
                }
            }
            size("width", "x_max − x_min", xMax - xMin);
            size("height", "y_max − y_min", yMax - yMin);
            return new ViewRect(xMin, xMax, yMin, yMax);
        }

        void size(String what, String formula, double size) throws ScenarioException {
            if (size < MIN_VIEW_SIZE || size > MAX_VIEW_SIZE) {
                throw problem("view", "the " + what + " " + formula + " must be between 1e-9 and 1e9, got " + size);
            }
        }

        Vec2 point(JsonNode node, String path) throws ScenarioException {
            keys(node, path, POINT_KEYS);
            return new Vec2(number(node, "x", path), number(node, "y", path));
        }

        /** A dataset: "data" (builtin:NAME or a path) or "points", with "model", "columns", "standardize", "l2". */
        SurfaceSpec data(JsonNode node) throws ScenarioException {
            if (node.has("data") && node.has("points")) {
                throw problem("surface", "needs one of \"data\" (builtin:NAME or a CSV path) or \"points\", not both");
            }
            if (node.has("parameters")) {
                throw problem("surface.parameters", "applies only to built-in surfaces, not to a dataset");
            }
            String ref = node.has("data") ? text(node, "data", "surface") : null;
            List<List<Double>> points = null;
            if (node.has("points")) {
                JsonNode ps = node.get("points");
                if (!ps.isArray()) {
                    throw problem("surface.points", "must be a list of points, each a list of numbers");
                }
                if (ps.size() > SurfaceSpec.Data.MAX_INLINE_POINTS) {
                    throw problem("surface.points", "may hold at most " + SurfaceSpec.Data.MAX_INLINE_POINTS
                            + " points, got " + ps.size() + "; put them in a CSV file");
                }
                points = new ArrayList<>();
                for (int i = 0; i < ps.size(); i++) {
                    JsonNode p = ps.get(i);
                    String at = "surface.points[" + i + "]";
                    if (!p.isArray() || p.size() > 3) {
                        throw problem(at, "must be a list of 2 or 3 numbers");
                    }
                    List<Double> row = new ArrayList<>();
                    for (int j = 0; j < p.size(); j++) {
                        if (!p.get(j).isNumber() || !Double.isFinite(p.get(j).doubleValue())) {
                            throw problem(at + "[" + j + "]", "must be a finite number");
                        }
                        row.add(p.get(j).doubleValue());
                    }
                    points.add(row);
                }
            }
            String model = optText(node, "model", "surface", "linear");
            List<String> columns = new ArrayList<>();
            JsonNode cs = node.get("columns");
            if (cs != null && !cs.isNull()) {
                if (!cs.isArray()) {
                    throw problem("surface.columns", "must be a list of column names or 1-based numbers");
                }
                for (JsonNode c : cs) {
                    columns.add(c.asText());
                }
            }
            JsonNode st = node.get("standardize");
            if (st != null && !st.isNull() && !st.isBoolean()) {
                throw problem("surface.standardize", "must be true or false");
            }
            boolean standardize = st != null && st.asBoolean();
            double l2 = optNumber(node, "l2", "surface", 0);
            try {
                return new SurfaceSpec.Data(ref, points, base, model, columns, standardize, l2);
            } catch (IllegalArgumentException e) {
                throw problem("surface", e.getMessage());
            }
        }

        /**
         * @return the run as a whole run specification on the scenario's surface: what the file leaves out
         *     is the top-level start and step limit, or the specification's own default
         */
        ScenarioRun run(JsonNode node, String path, Surface surface, Vec2 sharedStart, int sharedSteps)
                throws ScenarioException {
            if (!node.isObject()) {
                throw problem(path, "must be an object describing a run");
            }
            keys(node, path, RUN_KEYS);
            String label = optText(node, "label", path, "");
            String optimizerId = text(node, "optimizer", path);
            OptimizerKind kind;
            try {
                kind = OptimizerKind.fromId(optimizerId);
            } catch (IllegalArgumentException e) {
                throw problem(path + ".optimizer", e.getMessage());
            }
            double lr = number(node, "learning_rate", path);
            Hyperparameters hyper = hyper(node.get("hyperparameters"), path + ".hyperparameters", kind);
            String schedule = optText(node, "schedule", path, "constant");
            int warmup = node.has("warmup") ? whole(node, "warmup", path, 0, Scenario.MAX_STEPS) : 0;
            double clip = optNumber(node, "clip", path, 0);
            double noise = optNumber(node, "noise", path, 0);
            long seed = RunConfig.DEFAULT_SEED;
            JsonNode seedNode = node.get("seed");
            if (seedNode != null && !seedNode.isNull()) {
                if (!seedNode.isIntegralNumber() || !seedNode.canConvertToLong()) {
                    throw problem(path + ".seed", "must be a whole number");
                }
                seed = seedNode.longValue();
            }
            String color = optText(node, "color", path, "");
            Vec2 start = sharedStart;
            JsonNode startNode = node.get("start");
            if (startNode != null && !startNode.isNull()) {
                start = point(object(node, "start", path), path + ".start");
            }
            int steps = node.has("max_steps") ? whole(node, "max_steps", path, 0, Scenario.MAX_STEPS) : sharedSteps;
            double tolerance = optNumber(node, "tolerance", path, RunConfig.DEFAULT_TOLERANCE);
            Vec2 w0 = start;
            RunConfig config = field(path + ".hyperparameters", null, c -> RunConfig.of(surface, w0, hyper, 1));
            config = field(path + ".learning_rate", config, c -> c.withLearningRate(lr));
            config = field(path + ".schedule", config, c -> c.withSchedule(schedule));
            config = field(path + ".warmup", config, c -> c.withWarmup(warmup));
            config = field(path + ".clip", config, c -> c.withClip(clip));
            config = field(path + ".noise", config, c -> c.withNoise(noise));
            config = field(path + ".tolerance", config, c -> c.withTolerance(tolerance));
            config = config.withSeed(seed).withMaxSteps(steps);
            int batch = node.has("batch") ? whole(node, "batch", path, 0, Integer.MAX_VALUE) : 0;
            RunConfig seeded = config;
            config = field(path + ".batch", seeded, c -> c.withBatch(batch));
            try {
                return new ScenarioRun(label, color, config);
            } catch (IllegalArgumentException e) {
                throw problem(path + ".color", e.getMessage());
            }
        }

        /** Applies one setting; the run specification's own check names the problem, at that path. */
        RunConfig field(String at, RunConfig c, java.util.function.UnaryOperator<RunConfig> set) throws ScenarioException {
            try {
                return set.apply(c);
            } catch (IllegalArgumentException e) {
                throw problem(at, e.getMessage());
            }
        }

        /**
         * Reads the run's "hyperparameters" object from the optimizer's declarations: its own names (a
         * choice by name, otherwise a number; out of range refused with {@link Hyperparameter#problem}'s
         * words), the names of other optimizers accepted and ignored (files of version 1 wrote all six), any
         * other key refused. Missing ones take the optimizer's defaults.
         */
        Hyperparameters hyper(JsonNode node, String path, OptimizerKind kind) throws ScenarioException {
            Hyperparameters h = Hyperparameters.defaults(kind);
            if (node == null || node.isNull()) {
                return h;
            }
            if (!node.isObject()) {
                throw problem(path, "must be an object");
            }
            keys(node, path, HYPER_KEYS);
            for (Hyperparameter d : kind.hyperparameters()) {
                JsonNode v = node.get(d.name());
                if (v == null || v.isNull()) {
                    continue;
                }
                String at = join(path, d.name());
                double value;
                if (d.type() == Hyperparameter.Type.CHOICE && v.isTextual()) {
                    try {
                        value = d.parse(v.asText());
                    } catch (IllegalArgumentException e) {
                        throw problem(at, e.getMessage());
                    }
                } else {
                    value = finite(v, at);
                }
                try {
                    h = h.with(d.name(), value);
                } catch (IllegalArgumentException e) {
                    throw problem(at, e.getMessage() + ", got " + Quote.of(v.asText()));
                }
            }
            return h;
        }

        <E extends Enum<E>> E choice(JsonNode node, String key, String path, E[] values, E absent, String what)
                throws ScenarioException {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return absent;
            }
            String at = join(path, key);
            if (!v.isTextual()) {
                throw problem(at, "must be a name");
            }
            for (E e : values) {
                if (e.name().equalsIgnoreCase(v.asText())) {
                    return e;
                }
            }
            String valid = Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            throw problem(at, "unknown " + what + " '" + Quote.of(v.asText()) + "'; valid: " + valid);
        }

        void keys(JsonNode node, String path, Set<String> allowed) throws ScenarioException {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!allowed.contains(k)) {
                    throw problem(join(path, k), "unknown key '" + Quote.of(k) + "'" + (path.isEmpty() ? "" : " in " + path)
                            + "; valid: " + String.join(", ", new TreeSet<>(allowed)));
                }
            }
        }

        JsonNode required(JsonNode node, String key, String path) throws ScenarioException {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                throw problem(join(path, key), "is missing");
            }
            return v;
        }

        JsonNode object(JsonNode node, String key, String path) throws ScenarioException {
            JsonNode v = required(node, key, path);
            if (!v.isObject()) {
                throw problem(join(path, key), "must be an object, got a " + kind(v));
            }
            return v;
        }

        String text(JsonNode node, String key, String path) throws ScenarioException {
            JsonNode v = required(node, key, path);
            if (!v.isTextual()) {
                throw problem(join(path, key), "must be a string, got a " + kind(v));
            }
            return v.asText();
        }

        String optText(JsonNode node, String key, String path, String absent) throws ScenarioException {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return absent;
            }
            if (!v.isTextual()) {
                throw problem(join(path, key), "must be a string, got a " + kind(v));
            }
            return v.asText();
        }

        double number(JsonNode node, String key, String path) throws ScenarioException {
            return finite(required(node, key, path), join(path, key));
        }

        double optNumber(JsonNode node, String key, String path, double absent) throws ScenarioException {
            JsonNode v = node.get(key);
            return v == null || v.isNull() ? absent : finite(v, join(path, key));
        }

        double finite(JsonNode v, String at) throws ScenarioException {
            if (!v.isNumber()) {
                throw problem(at, "must be a number, got a " + kind(v) + (v.isTextual() ? " '" + Quote.of(v.asText()) + "'" : ""));
            }
            double d = v.doubleValue();
            if (!Double.isFinite(d)) {
                throw problem(at, "must be a finite number, got " + Quote.of(v.asText()));
            }
            return d;
        }

        int whole(JsonNode node, String key, String path, int min, int max) throws ScenarioException {
            JsonNode v = required(node, key, path);
            String at = join(path, key);
            if (!v.isIntegralNumber()) {
                throw problem(at, "must be a whole number, got " + (v.isNumber() ? Quote.of(v.asText()) : "a " + kind(v)));
            }
            if (!v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
                throw problem(at, "must be " + min + " to " + max + ", got " + Quote.of(v.asText()));
            }
            return v.intValue();
        }

        static String join(String path, String key) {
            return path.isEmpty() ? Quote.of(key) : path + "." + Quote.of(key);
        }

        static ScenarioException problem(String at, String message) {
            return new ScenarioException(at + ": " + message);
        }
    }
}
