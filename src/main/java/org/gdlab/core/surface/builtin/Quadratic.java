package org.gdlab.core.surface.builtin;

import java.util.List;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.ParameterSpec;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceDescription;
import org.gdlab.core.surface.ViewRect;

/**
 * The ill-conditioned quadratic C(x, y) = ½(u² + κv²) with u = x cosθ + y sinθ, v = -x sinθ + y cosθ.
 *
 * <p>With R(θ) = [[cosθ, sinθ], [-sinθ, cosθ]] (so (u, v) = R w) the Hessian is the constant
 * H = R(θ)ᵀ diag(1, κ) R(θ), i.e. H = [[cos²θ + κ sin²θ, (1-κ) sinθ cosθ], [(1-κ) sinθ cosθ, sin²θ + κ cos²θ]],
 * with eigenvalues 1 and κ, and ∇C = H w. Plain GD contracts the u and v components by 1 - α and 1 - ακ
 * per step, so it is stable for α &lt; 2/κ; the suggested α = 1.8/κ zig-zags across the valley (factor
 * -0.8 per step along v) while it crawls along it (factor 1 - 1.8/κ along u).
 *
 * <p>Parameters: {@code kappa} (κ ∈ [1, 10⁶], default 10) and {@code theta} (θ in degrees, ∈ [-360, 360],
 * default 0): the long axis of the elliptic level lines is the u axis, at angle θ to the x axis.
 */
public final class Quadratic implements Surface {

    public static final String ID = "quadratic";

    /** κ, the condition number λmax/λmin = κ/1. */
    public static final ParameterSpec KAPPA = new ParameterSpec("kappa", 10, 1, 1e6,
            "condition number κ = λmax/λmin of the Hessian");

    /** θ, the angle of the valley's long axis to the x axis, in degrees. */
    public static final ParameterSpec THETA = new ParameterSpec("theta", 0, -360, 360,
            "rotation θ of the valley's long axis, in degrees");

    public static final List<ParameterSpec> PARAMETERS = List.of(KAPPA, THETA);

    private final double kappa;
    private final double thetaDegrees;
    private final double cos;
    private final double sin;
    private final Sym2 hessian;
    private final SurfaceDescription description;

    /** The quadratic with the default parameters κ = 10, θ = 0°. */
    public Quadratic() {
        this(KAPPA.defaultValue(), THETA.defaultValue());
    }

    /**
     * @param kappa        κ ∈ [1, 10⁶]
     * @param thetaDegrees θ ∈ [-360, 360] degrees
     * @throws IllegalArgumentException when either is out of range or not finite
     */
    public Quadratic(double kappa, double thetaDegrees) {
        requireInRange(KAPPA, kappa);
        requireInRange(THETA, thetaDegrees);
        this.kappa = kappa;
        this.thetaDegrees = thetaDegrees;
        double t = Math.toRadians(thetaDegrees);
        double c = Math.cos(t);
        double s = Math.sin(t);
        this.cos = c;
        this.sin = s;
        // + 0.0 turns a -0.0 (θ = 0, κ > 1) into 0.0, so equal matrices compare equal and print without a sign
        this.hessian = new Sym2(c * c + kappa * s * s, (1 - kappa) * s * c + 0.0, s * s + kappa * c * c);
        this.description = new SurfaceDescription(
                ID,
                "Ill-conditioned quadratic (κ = " + fmt(kappa) + ", θ = " + fmt(thetaDegrees) + "°)",
                "½(u² + κv²), u = x cosθ + y sinθ, v = -x sinθ + y cosθ; κ = " + fmt(kappa)
                        + ", θ = " + fmt(thetaDegrees) + "°",
                ViewRect.square(5),
                List.of(Known.globalMin(0, 0, 0)),
                new Vec2(-4.5, 2), 1.8 / kappa, false,
                "The Hessian has eigenvalues 1 and κ: GD is stable only for α < 2/κ, zig-zags across the"
                        + " valley near that limit and crawls along it (1 - α per step); larger κ, slower crawl.");
    }

    static void requireInRange(ParameterSpec spec, double v) {
        if (!(v >= spec.min() && v <= spec.max())) {
            throw new IllegalArgumentException("parameter " + spec.name() + " of '" + ID + "' must be in ["
                    + fmt(spec.min()) + ", " + fmt(spec.max()) + "], got " + v);
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** @return κ */
    public double kappa() {
        return kappa;
    }

    /** @return θ in degrees */
    public double thetaDegrees() {
        return thetaDegrees;
    }

    @Override
    public double value(double x, double y) {
        double u = x * cos + y * sin;
        double v = -x * sin + y * cos;
        return 0.5 * (u * u + kappa * v * v);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return hessian.times(new Vec2(x, y));
    }

    @Override
    public Sym2 hessian(double x, double y) {
        return hessian;
    }

    @Override
    public SurfaceDescription description() {
        return description;
    }
}
