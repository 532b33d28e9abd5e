/**
 * The lab bench of the notebooks: the machine a number was measured on and its load
 * ({@link org.zkopml.lab.Machine}),
 * live timing ({@link org.zkopml.lab.Stopwatch}; over a range of sizes, {@link org.zkopml.lab.Series}), power-law
 * fits ({@link org.zkopml.lab.PowerLaw}), what an algorithm costs in group operations
 * ({@link org.zkopml.lab.GroupOperations}), the one definition of a prover's cost per parameter
 * ({@link org.zkopml.lab.ProverCost}), plots ({@link org.zkopml.lab.Charts}), the Node.js peers the kit is checked
 * against ({@link org.zkopml.lab.Peers}), and studies that measure one protocol beside another on the same statement
 * ({@link org.zkopml.lab.ProverComparison}: Groth16 against sumcheck on one dense layer). It sits above the protocol
 * packages; nothing in them depends on it.
 */
package org.zkopml.lab;
