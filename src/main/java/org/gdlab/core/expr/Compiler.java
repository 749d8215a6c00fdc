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

    /** A DAG node: op is an R-form or function opcode of {@link Op}; b is 0 for one-operand ops. */
    private record Node(int op, int a, int b) {
    }

    private final List<Double> constants = new ArrayList<>();
    private final Map<Long, Integer> constantIds = new HashMap<>();
    private final List<Node> nodes = new ArrayList<>();
    private final Map<Node, Integer> nodeIds = new HashMap<>();
    private final Map<Expr, Integer> seen = new IdentityHashMap<>();
    private final Work work;

    /** A compiler without a work budget. */
    Compiler() {
        this(Work.unlimited());
    }

    /** @param work counts one step per expression node added and per instruction emitted (modified) */
    Compiler(Work work) {
        this.work = work;
    }

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
        work.step();
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
                return node(Op.NEG_R, add(n.operand()), 0);
            }

            @Override
            public Integer binary(Binary b) {
                int l = add(b.left());
                if (b.op() == Expr.BinaryOp.POW && Simplify.isNumber(b.right())) {
                    double p = Simplify.value(b.right());
                    if (p == 2) {
                        return node(Op.SQUARE_R, l, 0);
                    }
                    if (p == 3) {
                        return node(Op.CUBE_R, l, 0);
                    }
                    if (p == -1) {
                        return node(Op.RECIPROCAL_R, l, 0);
                    }
                    if (p == 1) {
                        return l;
                    }
                }
                int r = add(b.right());
                int op = switch (b.op()) {
                    case ADD -> Op.ADD_R;
                    case SUB -> Op.SUB_R;
                    case MUL -> Op.MUL_R;
                    case DIV -> Op.DIV_R;
                    case POW -> Op.POW;
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
            case SIN -> Op.SIN;
            case COS -> Op.COS;
            case TAN -> Op.TAN;
            case ASIN -> Op.ASIN;
            case ACOS -> Op.ACOS;
            case ATAN -> Op.ATAN;
            case SINH -> Op.SINH;
            case COSH -> Op.COSH;
            case TANH -> Op.TANH;
            case EXP -> Op.EXP;
            case LOG, LN -> Op.LN;
            case LOG10 -> Op.LOG10;
            case LOG2 -> Op.LOG2;
            case SQRT -> Op.SQRT;
            case CBRT -> Op.CBRT;
            case ABS -> Op.ABS;
            case SIGN -> Op.SIGN;
            case FLOOR -> Op.FLOOR;
            case CEIL -> Op.CEIL;
            case MIN -> Op.MIN;
            case MAX -> Op.MAX;
            case POW -> Op.POW;
            case HYPOT -> Op.HYPOT;
            case ATAN2 -> Op.ATAN2;
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
        if (a < 0 && (b < 0 || !twoOperands(op))) {
            double u = constants.get(-a - 1);
            double v = b < 0 ? constants.get(-b - 1) : 0;
            switch (op) { // the same IEEE operation the program would perform, done once here
                case Op.NEG_R: return constant(-u);
                case Op.ADD_R: return constant(u + v);
                case Op.SUB_R: return constant(u - v);
                case Op.MUL_R: return constant(u * v);
                case Op.DIV_R: return constant(u / v);
                case Op.SQUARE_R: return constant(u * u);
                case Op.CUBE_R: return constant(u * u * u);
                case Op.RECIPROCAL_R: return constant(1 / u);
                default: break; // functions of constants: left to the run, which may use intrinsics
            }
        }
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

    /**
     * @return a program computing the given DAG ids (from {@link #add}) as its outputs 0, 1, ...: the needed
     *     nodes in DAG order, each reading the previous result from the accumulator where it can, and
     *     adjacent pairs fused into superinstructions (see {@link Op}) where the pair allows it
     */
    Program program(int... outputIds) {
        return program(true, outputIds);
    }

    /**
     * @param optimise false for the reference form (every operand read from a register, no
     *                 superinstructions), which tests compare with the optimised one bit for bit
     */
    Program program(boolean optimise, int... outputIds) {
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
        int[] uses = new int[nodes.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (needed[i]) {
                order.add(i);
                Node n = nodes.get(i);
                use(n.a, uses);
                if (twoOperands(n.op)) {
                    use(n.b, uses);
                }
            }
        }
        for (int id : outputIds) {
            use(id, uses);
        }
        double[] initial = new double[2 + constants.size()];
        for (int k = 0; k < constants.size(); k++) {
            initial[2 + k] = constants.get(k);
        }
        int[] register = new int[nodes.size()];
        for (int t = 0; t < order.size(); t++) {
            register[order.get(t)] = initial.length + t;
        }
        Emitter out = new Emitter(register);
        int[] partner = optimise ? sinCosPartners(order) : new int[nodes.size()];
        int prev = Integer.MIN_VALUE; // the id whose value is in the accumulator
        for (int t = 0; t < order.size(); t++) {
            work.step();
            int id = 2 + order.get(t);
            Node n = nodes.get(order.get(t));
            if (!optimise) {
                out.single(n, id, Integer.MIN_VALUE);
                continue;
            }
            int other = partner[order.get(t)];
            if (other < 0) {
                continue; // computed together with its partner by an earlier SINCOS
            }
            if (other > 0) { // the first of sin u and cos u: both now, with one reduction
                int sinId = n.op == Op.SIN ? id : other;
                int cosId = n.op == Op.SIN ? other : id;
                out.emit(Op.SINCOS, sinId, out.reg(n.a), 0, out.reg(cosId));
                partner[other - 2] = -1;
                prev = sinId;
                continue;
            }
            if (t + 1 < order.size()) {
                int nextId = 2 + order.get(t + 1);
                if (out.fused(n, id, nodes.get(order.get(t + 1)), nextId, prev, uses[id - 2] == 1)) {
                    prev = nextId;
                    t++;
                    continue;
                }
            }
            out.single(n, id, prev);
            prev = id;
        }
        int[] outputs = Arrays.stream(outputIds).map(id -> registerOf(id, register)).toArray();
        return new Program(initial, out.code(), order.size(), outputs);
    }

    /**
     * Pairs sin u and cos u of the same operand u among the nodes in order: for the first of each pair,
     * partner[node] is the other's id; every other node gets 0.
     */
    private int[] sinCosPartners(List<Integer> order) {
        int[] partner = new int[nodes.size()];
        Map<Integer, Integer> sinOf = new HashMap<>();
        Map<Integer, Integer> cosOf = new HashMap<>();
        for (int i : order) {
            Node n = nodes.get(i);
            if (n.op == Op.SIN) {
                sinOf.put(n.a, i);
            } else if (n.op == Op.COS) {
                cosOf.put(n.a, i);
            }
        }
        for (Map.Entry<Integer, Integer> e : sinOf.entrySet()) {
            Integer cos = cosOf.get(e.getKey());
            if (cos != null) {
                int sin = e.getValue();
                int first = Math.min(sin, cos); // nodes are in DAG order, so the earlier one comes first
                partner[first] = 2 + Math.max(sin, cos);
            }
        }
        return partner;
    }

    /** Chooses operand modes and superinstructions, and packs the instructions. */
    private static final class Emitter {
        private final int[] register;
        private int[] code = new int[64];
        private int size;

        Emitter(int[] register) {
            this.register = register;
        }

        int[] code() {
            return Arrays.copyOf(code, size);
        }

        int reg(int id) {
            return registerOf(id, register);
        }

        void emit(int op, int destinationId, int a, int b, int c) {
            if (size + 4 > code.length) {
                code = Arrays.copyOf(code, 2 * code.length);
            }
            code[size++] = op | reg(destinationId) << 8;
            code[size++] = a;
            code[size++] = b;
            code[size++] = c;
        }

        /** Emits node n (id) alone; prev is the id in the accumulator. */
        void single(Node n, int id, int prev) {
            boolean aAcc = n.a == prev;
            boolean bAcc = twoOperands(n.op) && n.b == prev;
            switch (n.op) {
                case Op.NEG_R, Op.SQUARE_R, Op.CUBE_R, Op.RECIPROCAL_R -> emit(aAcc ? n.op + 1 : n.op, id, reg(n.a), 0, 0);
                case Op.ADD_R, Op.MUL_R -> { // commutative: acc op r[other]
                    if (aAcc || bAcc) {
                        emit(n.op + 1, id, 0, reg(aAcc ? n.b : n.a), 0);
                    } else {
                        emit(n.op, id, reg(n.a), reg(n.b), 0);
                    }
                }
                case Op.SUB_R, Op.DIV_R -> {
                    if (aAcc) {
                        emit(n.op + 1, id, 0, reg(n.b), 0);
                    } else if (bAcc) {
                        emit(n.op + 2, id, reg(n.a), 0, 0);
                    } else {
                        emit(n.op, id, reg(n.a), reg(n.b), 0);
                    }
                }
                default -> emit(n.op, id, reg(n.a), twoOperands(n.op) ? reg(n.b) : 0, 0);
            }
        }

        /**
         * Emits n (id) and the next node m (mid) as one superinstruction if they form one of the fused
         * patterns; a product is fused only when its single use is m (it then needs no register).
         *
         * @return whether it did
         */
        boolean fused(Node n, int id, Node m, int mid, int prev, boolean usedOnce) {
            if (m.op == Op.SQUARE_R && m.a == id && (n.op == Op.ADD_R || n.op == Op.SUB_R)) {
                if (n.a == prev) {
                    emit(n.op == Op.ADD_R ? Op.ADD_A_SQUARE : Op.SUB_A_SQUARE, mid, 0, reg(n.b), reg(id));
                } else if (n.b == prev) {
                    emit(n.op == Op.ADD_R ? Op.ADD_A_SQUARE : Op.SUB_RA_SQUARE, mid, reg(n.a), reg(n.a), reg(id));
                } else {
                    emit(n.op == Op.ADD_R ? Op.ADD_R_SQUARE : Op.SUB_R_SQUARE, mid, reg(n.a), reg(n.b), reg(id));
                }
                return true;
            }
            if (n.op != Op.MUL_R || !usedOnce
                    || !(m.op == Op.ADD_R || m.op == Op.SUB_R || m.op == Op.MUL_R)
                    || (m.a == id) == (m.b == id)) {
                return false;
            }
            boolean first = m.a == id; // n is m's left operand
            int s = first ? m.b : m.a;
            if (n.a == prev || n.b == prev) {
                int q = n.a == prev ? n.b : n.a;
                int op = switch (m.op) {
                    case Op.ADD_R -> Op.MUL_A_ADD;
                    case Op.SUB_R -> first ? Op.MUL_A_SUB : Op.MUL_A_RSUB;
                    default -> Op.MUL_A_MUL;
                };
                emit(op, mid, 0, reg(q), reg(s));
                return true;
            }
            if (s == prev) {
                int op = switch (m.op) {
                    case Op.ADD_R -> Op.MUL_R_ADD;
                    case Op.SUB_R -> first ? Op.MUL_R_SUB : Op.MUL_R_RSUB;
                    default -> Op.MUL_R_MUL;
                };
                emit(op, mid, reg(n.a), reg(n.b), 0);
                return true;
            }
            return false;
        }
    }

    private static void use(int id, int[] uses) {
        if (id >= 2) {
            uses[id - 2]++;
        }
    }

    /** @return true for the opcodes that read two registers in their reference form */
    static boolean twoOperands(int op) {
        return switch (op) {
            case Op.ADD_R, Op.SUB_R, Op.MUL_R, Op.DIV_R, Op.POW,
                    Op.MIN, Op.MAX, Op.HYPOT, Op.ATAN2 -> true;
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
