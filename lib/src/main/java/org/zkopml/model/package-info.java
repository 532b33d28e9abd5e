/**
 * Model inference, the kit's semantic anchor: datasets, training (Tribuo's linear SGD and CART
 * trees, plus a small seeded MLP trainer), and quantized models whose <em>integer</em> inference is
 * the reference that the zk circuits and the opML VM must reproduce bit for bit.
 *
 * <p>The integer semantics (see {@link org.zkopml.model.IntegerInference}):
 * <ul>
 *   <li>every value is a signed 64-bit integer ({@code long}); a model is a chain of
 *       {@link org.zkopml.model.Layer layers} ending in {@link org.zkopml.model.Argmax};</li>
 *   <li>{@link org.zkopml.model.Dense}: {@code y_j = b_j + Σ_i W_ji·x_i} (exact, no wrap);</li>
 *   <li>{@link org.zkopml.model.Relu}: {@code y = max(0, x)};</li>
 *   <li>{@link org.zkopml.model.Requantize}: {@code y = (x + 2^(s-1)) >> s}, arithmetic shift,
 *       i.e. round half up ({@code floor(x/2^s + 1/2)}); {@code s = 0} is the identity;</li>
 *   <li>{@link org.zkopml.model.DecisionTree}: from node 0, go to the left child when
 *       {@code x[f] <= t}, else to the right child, until a leaf, whose integer vector is the output;</li>
 *   <li>{@link org.zkopml.model.Argmax}: the <em>first</em> index of the maximum.</li>
 * </ul>
 * Each layer has a bit bound computed statically from the input range
 * ({@link org.zkopml.model.QuantizedModel#valueBits()}); a model whose bound exceeds 63 bits is rejected
 * when it is built, and every value is checked against its bound at run time, so nothing ever wraps.
 */
package org.zkopml.model;
