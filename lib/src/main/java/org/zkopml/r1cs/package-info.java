/**
 * Rank-1 constraint systems over BN254's scalar field F_r: the arithmetization Groth16 proves. A
 * {@link org.zkopml.r1cs.ConstraintSystem} is a list of constraints ⟨A_i, w⟩ · ⟨B_i, w⟩ = ⟨C_i, w⟩ over a
 * wire vector w laid out as iden3's circom and snarkjs lay it out: w_0 = 1, then the public outputs, the
 * public inputs, the private inputs, and the internal wires. Each constraint carries its origin (gadget,
 * layer, neuron) so that an unsatisfied one can be named.
 *
 * <p>Circuits are written with a {@link org.zkopml.r1cs.CircuitBuilder} (wires allocated as needed, witness
 * computed alongside, renumbered into iden3's order at the end) and the {@link org.zkopml.r1cs.Gadgets}: booleans,
 * bit decomposition and range checks, comparison, ReLU, the model's requantization, argmax; and
 * {@link org.zkopml.r1cs.PoseidonGadget}, circomlib's Poseidon as constraints. {@link org.zkopml.r1cs.R1csFile} and
 * {@link org.zkopml.r1cs.WitnessFile} read and write circom's {@code .r1cs} and the {@code .wtns} witness
 * (iden3's binary container, {@link org.zkopml.r1cs.IdenBinaryFile}), so that circom circuits can be proven by
 * the kit and the kit's circuits checked by snarkjs.
 */
package org.zkopml.r1cs;
