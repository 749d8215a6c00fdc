package org.gdlab.core.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gdlab.core.expr.Expr.Binary;

/**
 * Compiles several expression trees into one shared DAG with common-subexpression elimination (equal
 * operations on equal operands get one node), then emits, for any subset of the outputs, a
 * {@link Program} that computes only the nodes those outputs need.
 *
 * <p>Special cases: {@code u^2} becomes a multiplication u·u, {@code u^3} u·u·u and {@code u^-1} 1/u,
 * which are faster than {@link Math#pow} and as exact.
 */
final class Compiler {

    private record Node(int op, int a, int b) {
    }

    private final List<Double> constants = new ArrayList<>();
    private final Map<Long, Integer> constantIds = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final Map<Node, Integer> nodeIds = new HashMap<>();
    private final Map<Expr, Integer> seen = new IdentityHashMap<>();

    /*
     * Ids: 0 = x, 1 = y, -(k+1) = constant k, 2 + i = node i. Nodes are added after their operands, so the
     * node list is in a valid evaluation order.
     */

    /** @return the id of e's value in the DAG */
    int add(Expr e) {
        Integer known = seen.get(e);
        if (known != null) {
            return known;
        }
        int id = e.accept(new Expr.Visitor<Integer>() {
            @Override
            public Integer num(Expr.Num n) {
                return Compiler.this.constant(n.value());
            }

            @Override
            public Integer var(Expr.Var v) {
                return v.variable() == Expr.Variable.X ? 0 : 1;
            }

            @Override
            public Integer constant(Expr.Const c) {
                return Compiler.this.constant(c.constant().value());
            }

            @Override
            public Integer neg(Expr.Neg n) {
                return node(Program.NEG, add(n.operand()), 0);
            }

            @Override
            public Integer binary(Binary b) {
                int l = add(b.left());
                if (b.op() == Expr.BinaryOp.POW && Simplify.isNumber(b.right())) {
                    double p = Simplify.value(b.right());
                    if (p == 2) {
                        return node(Program.SQUARE, l, 0);
                    }
                    if (p == 3) {
                        return node(Program.CUBE, l, 0);
                    }
                    if (p == -1) {
                        return node(Program.RECIPROCAL, l, 0);
                    }
                    if (p == 1) {
                        return l;
                    }
                }
                int r = add(b.right());
                int op = switch (b.op()) {
                    case ADD -> Program.ADD;
                    case SUB -> Program.SUB;
                    case MUL -> Program.MUL;
                    case DIV -> Program.DIV;
                    case POW -> Program.POW;
                };
                return node(op, l, r);
            }

            @Override
            public Integer call(Expr.Call c) {
                int a = add(c.arg(0));
                int b = c.args().size() > 1 ? add(c.arg(1)) : 0;
                return node(opcode(c.function()), a, b);
            }
        });
        seen.put(e, id);
        return id;
    }

    private static int opcode(Builtin f) {
        return switch (f) {
            case SIN -> Program.SIN;
            case COS -> Program.COS;
            case TAN -> Program.TAN;
            case ASIN -> Program.ASIN;
            case ACOS -> Program.ACOS;
            case ATAN -> Program.ATAN;
            case SINH -> Program.SINH;
            case COSH -> Program.COSH;
            case TANH -> Program.TANH;
            case EXP -> Program.EXP;
            case LOG, LN -> Program.LN;
            case LOG10 -> Program.LOG10;
            case LOG2 -> Program.LOG2;
            case SQRT -> Program.SQRT;
            case CBRT -> Program.CBRT;
            case ABS -> Program.ABS;
            case SIGN -> Program.SIGN;
            case FLOOR -> Program.FLOOR;
            case CEIL -> Program.CEIL;
            case MIN -> Program.MIN;
            case MAX -> Program.MAX;
            case POW -> Program.POW;
            case HYPOT -> Program.HYPOT;
            case ATAN2 -> Program.ATAN2;
        };
    }

    private int constant(double v) {
        long bits = Double.doubleToLongBits(v);
        Integer known = constantIds.get(bits);
        if (known != null) {
            return known;
        }
        constants.add(v);
        int id = -constants.size();
        constantIds.put(bits, id);
        return id;
    }

    private int node(int op, int a, int b) {
        Node n = new Node(op, a, b);
        Integer known = nodeIds.get(n);
        if (known != null) {
            return known;
        }
        nodes.add(n);
        int id = 2 + nodes.size() - 1;
        nodeIds.put(n, id);
        return id;
    }

    /** @return a program computing the given DAG ids (from {@link #add}) as its outputs 0, 1, ... */
    Program program(int... outputIds) {
        boolean[] needed = new boolean[nodes.size()];
        for (int id : outputIds) {
            mark(id, needed);
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (needed[i]) {
                Node n = nodes.get(i);
                mark(n.a, needed);
                if (twoOperands(n.op)) {
                    mark(n.b, needed);
                }
            }
        }
        double[] initial = new double[2 + constants.size()];
        for (int k = 0; k < constants.size(); k++) {
            initial[2 + k] = constants.get(k);
        }
        int[] register = new int[nodes.size()];
        int count = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (needed[i]) {
                register[i] = initial.length + count++;
            }
        }
        int[] op = new int[count];
        int[] a = new int[count];
        int[] b = new int[count];
        int k = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (needed[i]) {
                Node n = nodes.get(i);
                op[k] = n.op;
                a[k] = registerOf(n.a, register);
                b[k] = twoOperands(n.op) ? registerOf(n.b, register) : 0;
                k++;
            }
        }
        int[] outputs = Arrays.stream(outputIds).map(id -> registerOf(id, register)).toArray();
        return new Program(initial, op, a, b, outputs);
    }

    private static boolean twoOperands(int op) {
        return switch (op) {
            case Program.ADD, Program.SUB, Program.MUL, Program.DIV, Program.POW,
                    Program.MIN, Program.MAX, Program.HYPOT, Program.ATAN2 -> true;
            default -> false;
        };
    }

    private void mark(int id, boolean[] needed) {
        if (id >= 2) {
            needed[id - 2] = true;
        }
    }

    private static int registerOf(int id, int[] register) {
        if (id < 0) {
            return 2 + (-id - 1);
        }
        return id < 2 ? id : register[id - 2];
    }
}
