package org.gdlab.core.expr;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Test helper: random formula text from the language's grammar, written as people type it (implicit
 * products, signs, spaces, every function, every way of writing a number), sometimes with an arity or a
 * '1/2x' a student gets wrong, and now and then a large one: a long product or sum, a deep nest of calls,
 * a tower of powers, sized up to and past the limits. Seeded, so the same seed gives the same texts.
 */
final class RandomFormulaTexts {

    private static final String[] NUMBERS = {"0", "1", "2", "3", "10", "0.5", ".5", "2.", "1e-3", "2.5E+4",
        "0.001", "7", "1e300", "123456789", "0.1"};
    private static final String[] ATOMS = {"x", "y", "x", "y", "pi", "e"};
    private static final List<String> FUNCTIONS = Builtin.ids();
    private static final String[] SPACES = {"", "", "", " ", " ", "  ", "\t", "\n"};

    private final SplittableRandom random;

    RandomFormulaTexts(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** @return a small or medium formula (tens of characters), or (about one time in 400) a large one */
    String next() {
        if (random.nextInt(400) == 0) {
            return large();
        }
        return expression(1 + random.nextInt(4));
    }

    private String large() {
        int n = 20 + random.nextInt(380);
        String join = random.nextBoolean() ? "*" : random.nextBoolean() ? "+" : "";
        StringBuilder sb = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0 -> { // a long product or sum of distinct factors, like sin(kx + y) or (x + ky)
                String factor = random.nextBoolean() ? "sin(Kx+y)" : random.nextBoolean() ? "(x+Ky)" : "exp(-y/K)*x";
                for (int k = 1; k <= n; k++) {
                    sb.append(k > 1 ? (join.isEmpty() ? "*" : join) : "").append(factor.replace("K", Integer.toString(k)));
                }
            }
            case 1 -> { // a deep nest of calls around a small formula
                int depth = 30 + random.nextInt(90);
                for (int k = 0; k < depth; k++) {
                    sb.append(FUNCTIONS.get(random.nextInt(FUNCTIONS.size()))).append('(');
                }
                sb.append(expression(2));
                for (int k = 0; k < depth; k++) {
                    sb.append(random.nextInt(4) == 0 ? ", x)" : ")");
                }
            }
            case 2 -> { // a tower of powers
                sb.append('x');
                for (int k = 0; k < n / 4; k++) {
                    sb.append("^(").append(expression(1)).append(')');
                }
            }
            default -> { // many random terms
                for (int k = 0; k < n; k++) {
                    sb.append(k > 0 ? " + " : "").append(expression(2));
                }
            }
        }
        return sb.toString();
    }

    private String expression(int depth) {
        StringBuilder sb = new StringBuilder(term(depth));
        int terms = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        for (int k = 0; k < terms; k++) {
            sb.append(space()).append(random.nextBoolean() ? '+' : '-').append(space()).append(term(depth));
        }
        return sb.toString();
    }

    private String term(int depth) {
        StringBuilder sb = new StringBuilder(signed(depth));
        int factors = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
        boolean divided = false;
        for (int k = 0; k < factors; k++) {
            String next = signed(depth);
            int op = random.nextInt(4);
            if (op == 1 && divided && random.nextInt(8) != 0) {
                op = 2; // mostly not the ambiguous 1/2x
            }
            divided = op == 0;
            switch (op) {
                case 0 -> sb.append(space()).append('/').append(space()).append(next);
                case 1 -> sb.append(' ').append(implicitFactor(next)); // now and then an error: 'x 2', '1/2 x'
                default -> sb.append(space()).append('*').append(space()).append(next);
            }
        }
        return sb.toString();
    }

    /** @return the factor, or mostly a parenthesised one when it starts with a number or a sign */
    private String implicitFactor(String factor) {
        char c = factor.charAt(0);
        boolean fine = Character.isLetter(c) || c == '(';
        return fine || random.nextInt(8) == 0 ? factor : "(" + factor + ")";
    }

    private String signed(int depth) {
        return switch (random.nextInt(8)) {
            case 0 -> "-" + power(depth);
            case 1 -> "+" + power(depth);
            default -> power(depth);
        };
    }

    private String power(int depth) {
        String base = primary(depth);
        if (random.nextInt(5) == 0) {
            String exponent = random.nextBoolean() ? NUMBERS[random.nextInt(5)] : primary(depth - 1);
            return base + space() + "^" + space() + (random.nextInt(4) == 0 ? "-" : "") + exponent;
        }
        return base;
    }

    private String primary(int depth) {
        int kind = depth <= 0 ? random.nextInt(2) : random.nextInt(7) % 5;   // leaves twice as likely
        return switch (kind) {
            case 0 -> NUMBERS[random.nextInt(NUMBERS.length)];
            case 1 -> ATOMS[random.nextInt(ATOMS.length)];
            case 2 -> "(" + space() + expression(depth - 1) + space() + ")";
            default -> call(depth);
        };
    }

    private String call(int depth) {
        Builtin f = Builtin.values()[random.nextInt(Builtin.values().length)];
        int arity = random.nextInt(20) == 0 ? random.nextInt(4) : f.arity(); // now and then a wrong count
        StringBuilder sb = new StringBuilder(f.id()).append('(');
        for (int k = 0; k < arity; k++) {
            sb.append(k > 0 ? "," + space() : "").append(expression(depth - 1));
        }
        return sb.append(')').toString();
    }

    private String space() {
        return SPACES[random.nextInt(SPACES.length)];
    }
}
