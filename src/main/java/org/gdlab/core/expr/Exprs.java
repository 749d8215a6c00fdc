package org.gdlab.core.expr;

import java.util.IdentityHashMap;
import java.util.Map;

/** Small measurements of expression trees. */
final class Exprs {

    private Exprs() {
    }

    /**
     * @param cap stop exploring once this depth is reached
     * @return the number of operations on the longest root-to-leaf path (a leaf has depth 0), at most about
     *         {@code cap}
     */
    static int depth(Expr e, int cap) {
        if (cap <= 0) {
            return 0;
        }
        if (e instanceof Expr.Neg n) {
            return 1 + depth(n.operand(), cap - 1);
        }
        if (e instanceof Expr.Binary b) {
            int l = depth(b.left(), cap - 1);
            return 1 + (l >= cap - 1 ? l : Math.max(l, depth(b.right(), cap - 1)));
        }
        if (e instanceof Expr.Call c) {
            int m = 0;
            for (Expr a : c.args()) {
                m = Math.max(m, depth(a, cap - 1));
            }
            return 1 + m;
        }
        return 0;
    }

    /** @return the number of nodes of the tree written out (shared subtrees counted each time), saturating */
    static long treeSize(Expr e) {
        return treeSize(e, new IdentityHashMap<>());
    }

    private static long treeSize(Expr e, Map<Expr, Long> memo) {
        Long known = memo.get(e);
        if (known != null) {
            return known;
        }
        long size = 1;
        if (e instanceof Expr.Neg n) {
            size += treeSize(n.operand(), memo);
        } else if (e instanceof Expr.Binary b) {
            size += treeSize(b.left(), memo) + treeSize(b.right(), memo);
        } else if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) {
                size += treeSize(a, memo);
            }
        }
        size = Math.min(size, Long.MAX_VALUE / 4);
        memo.put(e, size);
        return size;
    }

    /** @return true when e contains x or y */
    static boolean hasVariable(Expr e) {
        if (e instanceof Expr.Var) {
            return true;
        }
        if (e instanceof Expr.Neg n) {
            return hasVariable(n.operand());
        }
        if (e instanceof Expr.Binary b) {
            return hasVariable(b.left()) || hasVariable(b.right());
        }
        if (e instanceof Expr.Call c) {
            return c.args().stream().anyMatch(Exprs::hasVariable);
        }
        return false;
    }
}
