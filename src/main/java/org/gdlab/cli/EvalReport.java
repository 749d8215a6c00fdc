package org.gdlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.OptionalDouble;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.Optimum;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;

/**
 * What {@code gdlab eval} prints, as text or JSON. JSON keys (a contract): {@code value}, {@code gradient}
 * [2], {@code hessian} [[2],[2]], {@code eigenvalues} [2] ascending, {@code eigenvectors} [[2],[2]] (one per
 * eigenvalue, same order), {@code condition_number}, {@code kind}, {@code max_stable_lr}, {@code optimal_lr},
 * and for a formula {@code d_dx}, {@code d_dy}. On data: {@code dataset}, {@code model}, {@code parameters}
 * (their names), {@code n}, {@code optimum} ([w*, b*] or null), {@code optimum_value}, {@code optimum_reason}
 * (null, or separable, one_class, not_unique), {@code optimum_message}, and with feature scaling
 * {@code optimum_original} (the optimum in the data's units, or null). A number that is not finite (the formula is undefined there,
 * or κ is infinite because an eigenvalue is 0) is written as null.
 */
record EvalReport(Surface surface, Vec2 at, double value, Vec2 gradient, Sym2 hessian, LocalCurvature curvature) {

    static EvalReport of(Surface surface, Vec2 at) {
        Sym2 h = surface.hessian(at);
        LocalCurvature c = h.isFinite() ? LocalCurvature.of(h) : null;
        return new EvalReport(surface, at, surface.value(at), surface.gradient(at), h, c);
    }

    String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = mapper.createObjectNode();
        o.put("function", surface.description().id());
        putArray(o.putArray("at"), at.x(), at.y());
        putNumber(o, "value", value);
        putArray(o.putArray("gradient"), gradient.x(), gradient.y());
        ArrayNode hs = o.putArray("hessian");
        putArray(hs.addArray(), hessian.xx(), hessian.xy());
        putArray(hs.addArray(), hessian.xy(), hessian.yy());
        if (curvature != null) {
            putArray(o.putArray("eigenvalues"), curvature.lambdaMin(), curvature.lambdaMax());
            ArrayNode vs = o.putArray("eigenvectors");
            putArray(vs.addArray(), curvature.eigenvectorMin().x(), curvature.eigenvectorMin().y());
            putArray(vs.addArray(), curvature.eigenvectorMax().x(), curvature.eigenvectorMax().y());
            putNumber(o, "condition_number", curvature.conditionNumber());
            o.put("kind", curvature.kind().name().toLowerCase(Locale.ROOT));
            putOptional(o, "max_stable_lr", curvature.maxStableLearningRate());
            putOptional(o, "optimal_lr", curvature.optimalLearningRate());
        } else {
            o.putNull("eigenvalues");
            o.putNull("eigenvectors");
            o.putNull("condition_number");
            o.putNull("kind");
            o.putNull("max_stable_lr");
            o.putNull("optimal_lr");
        }
        if (surface instanceof FormulaSurface f) {
            o.put("d_dx", f.derivativeXText());
            o.put("d_dy", f.derivativeYText());
        }
        if (surface instanceof DataCost d) {
            putData(o, d);
        }
        try {
            return mapper.writeValueAsString(o) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String toText() {
        StringBuilder s = new StringBuilder();
        String n = System.lineSeparator();
        s.append("function        ").append(surface.description().id()).append(n);
        s.append("at              (").append(num(at.x())).append(", ").append(num(at.y())).append(')').append(n);
        s.append("value           ").append(num(value)).append(n);
        s.append("gradient        (").append(num(gradient.x())).append(", ").append(num(gradient.y()))
                .append(")   |∇C| = ").append(num(gradient.norm())).append(n);
        s.append("hessian         [[").append(num(hessian.xx())).append(", ").append(num(hessian.xy()))
                .append("], [").append(num(hessian.xy())).append(", ").append(num(hessian.yy())).append("]]").append(n);
        if (curvature != null) {
            LocalCurvature c = curvature;
            s.append("eigenvalues     λmin = ").append(num(c.lambdaMin())).append(", λmax = ").append(num(c.lambdaMax())).append(n);
            s.append("eigenvectors    v(λmin) = (").append(num(c.eigenvectorMin().x())).append(", ")
                    .append(num(c.eigenvectorMin().y())).append("), v(λmax) = (").append(num(c.eigenvectorMax().x()))
                    .append(", ").append(num(c.eigenvectorMax().y())).append(')').append(n);
            s.append("condition κ     ").append(num(c.conditionNumber())).append(n);
            s.append("kind            ").append(c.kind().name().toLowerCase(Locale.ROOT)).append(n);
            s.append("max stable lr   ").append(optional(c.maxStableLearningRate(), "none (λmax ≤ 0)")).append("   (2/λmax)").append(n);
            s.append("optimal lr      ").append(optional(c.optimalLearningRate(), "none")).append("   (2/(λmin+λmax))").append(n);
        } else {
            s.append("curvature       undefined here (the Hessian is not finite)").append(n);
        }
        if (surface instanceof FormulaSurface f) {
            s.append("∂C/∂x           ").append(f.derivativeXText()).append(n);
            s.append("∂C/∂y           ").append(f.derivativeYText()).append(n);
        }
        if (surface instanceof DataCost d) {
            Optimum opt = d.optimum();
            var names = d.spec().model().parameterNames();
            String pair = "(" + names.get(0) + "*, " + names.get(1) + "*)";
            s.append("data            ").append(d.spec().data().name()).append(", ").append(d.spec().data().size())
                    .append(" points, model ").append(d.spec().model().id()).append(d.scaling().isPresent() ? ", features scaled" : "").append(n);
            if (opt.exists()) {
                s.append("optimum         ").append(pair).append(" = (").append(num(opt.at().x())).append(", ")
                        .append(num(opt.at().y())).append(")   J* = ").append(num(opt.value())).append(n);
                d.scaling().ifPresent(sc -> {
                    Vec2 orig = sc.toOriginal(opt.at());
                    s.append("in data units   (").append(num(orig.x())).append(", ").append(num(orig.y())).append(')').append(n);
                });
            } else {
                s.append("optimum         none (").append(opt.reason().id()).append("): ").append(opt.reason().sentence()).append(n);
            }
        }
        return s.toString();
    }

    private static void putData(ObjectNode o, DataCost d) {
        o.put("dataset", d.spec().data().name());
        o.put("model", d.spec().model().id());
        ArrayNode names = o.putArray("parameters");
        d.spec().model().parameterNames().forEach(names::add);
        o.put("n", d.spec().data().size());
        Optimum opt = d.optimum();
        if (opt.exists()) {
            putArray(o.putArray("optimum"), opt.at().x(), opt.at().y());
            putNumber(o, "optimum_value", opt.value());
            o.putNull("optimum_reason");
            o.putNull("optimum_message");
        } else {
            o.putNull("optimum");
            o.putNull("optimum_value");
            o.put("optimum_reason", opt.reason().id());
            o.put("optimum_message", opt.reason().sentence());
        }
        d.scaling().ifPresent(sc -> {
            if (opt.exists()) {
                Vec2 orig = sc.toOriginal(opt.at());
                putArray(o.putArray("optimum_original"), orig.x(), orig.y());
            } else {
                o.putNull("optimum_original");
            }
        });
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Numbers.format(v) : (Double.isNaN(v) ? "undefined (NaN)" : (v > 0 ? "∞" : "-∞"));
    }

    private static String optional(OptionalDouble v, String none) {
        return v.isPresent() ? num(v.getAsDouble()) : none;
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static void putOptional(ObjectNode o, String key, OptionalDouble v) {
        putNumber(o, key, v.isPresent() ? v.getAsDouble() : Double.NaN);
    }

    private static void putArray(ArrayNode a, double... values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
    }
}
