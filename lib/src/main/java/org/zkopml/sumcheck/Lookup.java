package org.zkopml.sumcheck;

import java.util.List;

/**
 * A logUp lookup: every entry x of a tensor domain has its column values (c₀(x), c₁(x), …) equal to some row of a
 * public table. Columns and rows are folded into one value with a random β (f = Σ_i β^i·c_i, t_j = Σ_i β^i·T_ij) and
 * {@link LogUp}'s identity Σ_x 1/(α − f(x)) = Σ_j m_j/(α − t_j) is proven by {@link FractionSumcheck}: the
 * multiplicities m are public, nothing of the domain's size is committed, and the proof ends in one evaluation of
 * each column at a random point.
 *
 * @param name    what it checks ("bytes", "block 1/softmax exponent")
 * @param domain  the variables of each dimension of the domain (the columns are placed on these as free groups)
 * @param columns the columns: witness or public tensors placed by {@link Index.Free} indices, or a whole vector
 * @param table   the table, {@code table[i][j]} = column i of row j
 */
public record Lookup(String name, List<Integer> domain, List<Factor> columns, long[][] table) implements Step {
    /** Copies the lists and checks the shapes. */
    public Lookup {
        domain = List.copyOf(domain);
        columns = List.copyOf(columns);
        if (columns.size() != table.length) throw new IllegalArgumentException(name + ": " + columns.size() + " columns, a table of " + table.length);
        for (long[] c : table) if (c.length != table[0].length) throw new IllegalArgumentException(name + ": ragged table");
    }

    /** Number of table rows. */
    public int rows() {
        return table[0].length;
    }

    /** Number of variables of the domain. */
    public int variables() {
        return domain.stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public <R> R accept(Step.Visitor<R> visitor) {
        return visitor.visitLookup(this);
    }
}
