package org.gdlab.core.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of N ≥ 1 points, each with one or two features and a target: (x₁ᵢ, yᵢ) or
 * (x₁ᵢ, x₂ᵢ, yᵢ), i = 0 … N−1. Every number is finite. The methods that change a point
 * ({@link #withPoint}, {@link #moved}, {@link #without}) return a new dataset and leave this one as it was.
 */
public final class Dataset {

    private final String name;
    private final List<String> featureNames;
    private final String targetName;
    private final double[] x1;
    private final double[] x2;
    private final double[] y;

    private Dataset(String name, List<String> featureNames, String targetName, double[] x1, double[] x2, double[] y) {
        this.name = name;
        this.featureNames = featureNames;
        this.targetName = targetName;
        this.x1 = x1;
        this.x2 = x2;
        this.y = y;
    }

    /**
     * A dataset with one feature.
     *
     * @throws IllegalArgumentException if the arrays are empty, differ in length or hold a non-finite number
     */
    public static Dataset of(String name, String xName, String yName, double[] x, double[] y) {
        check(x.length == y.length, "need as many x as y, got " + x.length + " and " + y.length);
        checkValues(x, xName);
        checkValues(y, yName);
        return new Dataset(name, List.of(xName), yName, x.clone(), null, y.clone());
    }

    /**
     * A dataset with two features.
     *
     * @throws IllegalArgumentException if the arrays are empty, differ in length or hold a non-finite number
     */
    public static Dataset of(String name, String x1Name, String x2Name, String yName, double[] x1, double[] x2, double[] y) {
        check(x1.length == y.length && x2.length == y.length,
                "need as many x1, x2 and y, got " + x1.length + ", " + x2.length + " and " + y.length);
        checkValues(x1, x1Name);
        checkValues(x2, x2Name);
        checkValues(y, yName);
        return new Dataset(name, List.of(x1Name, x2Name), yName, x1.clone(), x2.clone(), y.clone());
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    private static void checkValues(double[] v, String column) {
        check(v.length > 0, "a dataset needs at least one point");
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("point " + (i + 1) + " has a " + column + " that is not a finite number");
            }
        }
    }

    /** @return the dataset's name (a built-in's id, or a file name) */
    public String name() {
        return name;
    }

    /** @return N */
    public int size() {
        return y.length;
    }

    /** @return 1 or 2 */
    public int features() {
        return featureNames.size();
    }

    /** @return the features' names, one or two */
    public List<String> featureNames() {
        return featureNames;
    }

    /** @return the target's name */
    public String targetName() {
        return targetName;
    }

    /** @return x₁ of point i */
    public double x1(int i) {
        return x1[i];
    }

    /** @return x₂ of point i; 0 for a dataset with one feature */
    public double x2(int i) {
        return x2 == null ? 0 : x2[i];
    }

    /** @return y of point i */
    public double y(int i) {
        return y[i];
    }

    /** @return a copy of feature j's values (j = 0 or 1) */
    public double[] feature(int j) {
        if (j < 0 || j >= features()) {
            throw new IndexOutOfBoundsException("feature " + j + " of " + features());
        }
        return (j == 0 ? x1 : x2).clone();
    }

    /** @return a copy of the targets */
    public double[] targets() {
        return y.clone();
    }

    /** @return the same points under another name */
    public Dataset named(String newName) {
        return new Dataset(Objects.requireNonNull(newName), featureNames, targetName, x1, x2, y);
    }

    /** @return a new dataset with the features replaced (same names and targets); arrays are copied */
    public Dataset withFeatures(double[] newX1, double[] newX2) {
        return features() == 1
                ? of(name, featureNames.get(0), targetName, newX1, y)
                : of(name, featureNames.get(0), featureNames.get(1), targetName, newX1, newX2, y);
    }

    /** @return a new dataset with the point (px1, px2, py) appended as point N (px2 ignored with one feature) */
    public Dataset withPoint(double px1, double px2, double py) {
        int n = size();
        double[] a = Arrays.copyOf(x1, n + 1);
        double[] b = x2 == null ? null : Arrays.copyOf(x2, n + 1);
        double[] c = Arrays.copyOf(y, n + 1);
        a[n] = px1;
        if (b != null) {
            b[n] = px2;
        }
        c[n] = py;
        return make(a, b, c);
    }

    /** @return a new dataset with point i at (px1, px2, py) (px2 ignored with one feature) */
    public Dataset moved(int i, double px1, double px2, double py) {
        java.util.Objects.checkIndex(i, size());
        double[] a = x1.clone();
        double[] b = x2 == null ? null : x2.clone();
        double[] c = y.clone();
        a[i] = px1;
        if (b != null) {
            b[i] = px2;
        }
        c[i] = py;
        return make(a, b, c);
    }

    /**
     * @return a new dataset without point i (the points after it move down by one)
     * @throws IllegalArgumentException when i is the only point: a dataset keeps at least one
     */
    public Dataset without(int i) {
        java.util.Objects.checkIndex(i, size());
        check(size() > 1, "the last point of a dataset cannot be removed");
        return make(remove(x1, i), x2 == null ? null : remove(x2, i), remove(y, i));
    }

    private static double[] remove(double[] v, int i) {
        double[] out = new double[v.length - 1];
        System.arraycopy(v, 0, out, 0, i);
        System.arraycopy(v, i + 1, out, i, v.length - i - 1);
        return out;
    }

    private Dataset make(double[] a, double[] b, double[] c) {
        return b == null ? of(name, featureNames.get(0), targetName, a, c)
                : of(name, featureNames.get(0), featureNames.get(1), targetName, a, b, c);
    }
}
