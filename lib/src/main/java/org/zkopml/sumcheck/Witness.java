package org.zkopml.sumcheck;

/**
 * What the prover of {@link Relation}s and {@link Lookup}s reads: each witness tensor's values (padded layout), each
 * committed vector, and each weight matrix (rows = output index, columns = input index, padded layout).
 */
interface Witness {
    /** The values of a witness tensor, {@link Tensor#size()} entries. */
    long[] values(Tensor t);

    /** A whole committed vector. */
    long[] vector(int vector);

    /** A weight matrix. */
    long[][] matrix(WeightMatrix m);
}
