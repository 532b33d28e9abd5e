/**
 * Circuits of quantized models: {@link org.zkopml.circuit.ModelCircuits#compile} turns a
 * {@link org.zkopml.model.QuantizedModel}, a {@link org.zkopml.circuit.Statement} (which of model and input are
 * public) and an input into a rank-1 constraint system with its witness, whose public output is the class that
 * {@link org.zkopml.model.IntegerInference} computes, bit for bit. A {@link org.zkopml.model.Layer.Visitor}
 * ({@link org.zkopml.circuit.LayerCircuit}) writes each layer with the gadgets of {@code r1cs}; what is hidden
 * is bound by a {@link org.zkopml.circuit.PackedCommitment} (Poseidon over packed values).
 */
package org.zkopml.circuit;
