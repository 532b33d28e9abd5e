/**
 * Polynomials over BN254's scalar field F_r: dense univariate {@link org.zkopml.poly.Polynomial}s,
 * {@link org.zkopml.poly.EvaluationDomain}s of size 2^k on which the number-theoretic transform (NTT)
 * converts between coefficients and evaluations in O(n log n), and
 * {@link org.zkopml.poly.MultilinearExtension}s of tables over the Boolean hypercube (for sumcheck).
 */
package org.zkopml.poly;
