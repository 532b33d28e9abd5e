/**
 * The kit's end-to-end flows, one call each, shared by the commands ({@code ./kit zk prove}, {@code op run},
 * {@code chain zk}, {@code tour}) and the notebooks, so that a notebook runs exactly what a command runs: a circuit
 * proven with Groth16 and written in snarkjs's file layout ({@link org.zkopml.compare.ProvenCircuit}), one inference
 * of a trained model proven the same way ({@link org.zkopml.compare.ProvenInference}), a model run on the opML VM
 * with checkpoints and state hashes ({@link org.zkopml.compare.VmRun}), a proof verified on a chain beside snarkjs's
 * verifier ({@link org.zkopml.compare.OnChainProof}), and the tour: zkML and opML on one inference, side by side
 * ({@link org.zkopml.compare.Tour}). Long flows report to a {@link org.zkopml.compare.Progress}. It sits above
 * {@code chain} and below {@code cli}.
 */
package org.zkopml.compare;
