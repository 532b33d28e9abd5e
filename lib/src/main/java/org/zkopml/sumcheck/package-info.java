/**
 * The sumcheck path of zkML: why modern provers (zkCNN, zkLLM, DeepProve, Jolt Atlas) prove matrix
 * products in time linear in the matrices instead of paying an MSM and an FFT per constraint.
 *
 * <ul>
 *   <li><b>The protocol.</b> {@link org.zkopml.sumcheck.SumcheckProver} (a product of multilinear
 *       polynomials, O(2^n) in total by halving its tables), one {@link org.zkopml.sumcheck.RoundMessage}
 *       per round, {@link org.zkopml.sumcheck.SumcheckVerifier} (an immutable state that checks a round and
 *       ends with a {@link org.zkopml.sumcheck.SubClaim} f(r) = v for someone else to check, or rejects
 *       naming the round), {@link org.zkopml.sumcheck.Sumcheck#interact} (interactive, random coins) and
 *       {@link org.zkopml.sumcheck.FiatShamirSumcheck} (the same rounds on a
 *       {@link org.zkopml.transcript.Transcript}).</li>
 *   <li><b>Matrix products.</b> {@link org.zkopml.sumcheck.MatMul}: Thaler's protocol, Y = W·X with one
 *       sumcheck over the inner index, on integers embedded in F_r ({@link org.zkopml.sumcheck.IntegerEmbedding}).</li>
 *   <li><b>Commitment.</b> {@link org.zkopml.sumcheck.Hyrax}: a multilinear commitment from Pedersen vector
 *       commitments in BN254's G1, chosen over PST (multilinear KZG) because it needs no trusted setup and its
 *       opening costs the prover one pass over the table (field operations only) instead of MSMs of 2^v
 *       points; the price is √-size commitments and openings and a verifier doing two MSMs of √ size. The
 *       weights are committed once; each proof opens W̃ at the sumcheck's final point.</li>
 *   <li><b>Whole models.</b> {@link org.zkopml.sumcheck.ModelProof}: the layers of an MLP chained from the
 *       output back to the input, GKR-style, with requantization and ReLU proven by a logUp lookup
 *       ({@link org.zkopml.sumcheck.LogUp}) that every committed byte lies in 0..255 and a zero-check per ReLU.
 *       {@link org.zkopml.sumcheck.CommittedModel} is what the verifier knows (weight commitments, biases,
 *       shifts); {@link org.zkopml.sumcheck.ModelProver} and {@link org.zkopml.sumcheck.ModelVerifier} play
 *       the protocol on one Fiat–Shamir transcript.</li>
 *   <li><b>Transformers.</b> {@link org.zkopml.sumcheck.GptProof}: a whole forward pass of a decoder-only transformer
 *       (gpt-tiny and the seeded GPTs of {@code model}) as {@link org.zkopml.sumcheck.Relation}s among witness
 *       {@link org.zkopml.sumcheck.Tensor}s — Thaler's products with committed weights, attention's products of two
 *       witness matrices, entrywise zero-checks, row sums, linear identities — and {@link org.zkopml.sumcheck.Lookup}s
 *       (bytes, softmax's exponent table), written once in {@link org.zkopml.sumcheck.GptCircuit} and played by
 *       {@link org.zkopml.sumcheck.GptProver} and {@link org.zkopml.sumcheck.GptVerifier}. Its machinery: sums of
 *       products with the eq shortcut ({@link org.zkopml.sumcheck.SumcheckProver}), logUp's sum of fractions by GKR
 *       without committing to the inverses ({@link org.zkopml.sumcheck.FractionSumcheck}), tensors packed in aligned
 *       slots of two committed vectors ({@link org.zkopml.sumcheck.Packing}) whose claims are proven by one opening
 *       each ({@link org.zkopml.sumcheck.OpeningReduction}), and openings of many commitments checked together
 *       ({@link org.zkopml.sumcheck.Hyrax#verifyAll}).</li>
 *   <li><b>Coins.</b> Every protocol here is public-coin: {@link org.zkopml.sumcheck.Coins} runs the new ones
 *       interactively (the verifier's random coins) or non-interactively (Fiat–Shamir on a transcript), from one
 *       description.</li>
 * </ul>
 * These proofs are sound but not zero-knowledge (no masking polynomials, no blinding): they show why the
 * prover is fast, not how to hide the weights.
 */
package org.zkopml.sumcheck;
