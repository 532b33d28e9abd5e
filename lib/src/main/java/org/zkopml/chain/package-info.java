/**
 * The kit on a real EVM: a local Hardhat node started and stopped from Java ({@link org.zkopml.chain.HardhatNode}),
 * talked to over JSON-RPC ({@link org.zkopml.chain.LocalChain}, which reaches any endpoint through {@code KIT_RPC_URL}), the compiled contracts of {@code contracts/}
 * ({@link org.zkopml.chain.Artifact}), small typed facades over them built on web3j's ABI encoder
 * ({@link org.zkopml.chain.OneStepContract}, the dispute package's {@code StepVerifier} on the EVM;
 * {@link org.zkopml.chain.BisectionGameContract}), and the contracts as a venue of the dispute package
 * ({@link org.zkopml.chain.ContractArena}: their storage read into the referee's game states, each move a
 * transaction). The package holds no player of its own: the dispute package's actors, beliefs and cheats play here
 * exactly as at the Java referee ({@link org.zkopml.chain.OptimisticRun}, {@link org.zkopml.chain.GasStudy}), and
 * what they spend is a {@link org.zkopml.chain.GasReport}. For zkML: a Groth16 verifier contract generated from any verifying key
 * ({@link org.zkopml.chain.VerifierSource}, compiled at run time with the pinned solc) and its facade
 * ({@link org.zkopml.chain.Groth16VerifierContract}: one proof, or n proofs in one product of n + 3 pairings),
 * snarkjs's exported verifier for comparison ({@link org.zkopml.chain.SnarkjsVerifier}), the inference registry
 * ({@link org.zkopml.chain.InferenceRegistryContract}) and the gas study ({@link org.zkopml.chain.ZkGasStudy}).
 * Every gas figure is read from a transaction receipt ({@link org.zkopml.chain.Receipt}).
 */
package org.zkopml.chain;
