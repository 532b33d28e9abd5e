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
 *   <li>{@link org.zkopml.model.Argmax}: the <em>first</em> index of the maximum;</li>
 *   <li>the transformer's layers — {@link org.zkopml.model.Embedding} (token ids to the residual stream),
 *       {@link org.zkopml.model.TransformerBlock} (RMSNorm, causal multi-head attention, RMSNorm, ReLU MLP, residuals)
 *       and {@link org.zkopml.model.LmHead} (the last position's next-token logits) — on int8 weights
 *       ({@link org.zkopml.model.Int8Matrix}, one byte each, a power-of-two scale per matrix), with the rules of
 *       {@link org.zkopml.model.TransformerArithmetic}: activations at 2^8, requantization as above, RMSNorm by
 *       {@code r = ⌊√(⌊Σx²/d⌋ + 1)⌋} and {@code inv = ⌊2^20/r⌋}, scores divided by 2^c for √d_h, softmax by a
 *       256-entry table {@code EXP[δ] = round(2^16·e^(−δ/16))} of {@code δ = min(max − z, 255)} and the floor
 *       division {@code p = ⌊e·2^16 / Σe⌋}.</li>
 * </ul>
 * The transformers: {@code gpt-tiny}, trained by {@link org.zkopml.model.GptTrainer} on
 * {@link org.zkopml.model.SortingTask}'s shipped dataset, and the seeded synthetic {@code gpt-1m} … {@code gpt-1b}
 * of {@link org.zkopml.model.RandomGpt}, all named in {@link org.zkopml.model.Gpts}.
 * Each layer has a bit bound computed statically from the input range
 * ({@link org.zkopml.model.QuantizedModel#valueBits()}); a model whose bound exceeds 63 bits is rejected
 * when it is built, and every value is checked against its bound at run time, so nothing ever wraps. The
 * transformer's layers instead compute exactly and throw on an overflow
 * ({@link org.zkopml.model.Layer#CHECKED_AT_RUN_TIME}): their normalisations keep the values small while the static
 * bound of a deep residual stream would not fit 63 bits.
 */
package org.zkopml.model;
