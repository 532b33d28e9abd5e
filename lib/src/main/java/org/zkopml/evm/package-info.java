/**
 * What the Ethereum Virtual Machine offers the kit's verifiers: BN254's precompiled contracts 0x06 ecAdd,
 * 0x07 ecMul (EIP-196) and 0x08 ecPairing (EIP-197), byte for byte, with their gas (EIP-1108)
 * ({@link org.zkopml.evm.Bn254Precompiles}). The byte encoding of field elements and points is defined
 * next to the types ({@code G1.toEvm}, {@code G2.toEvm}, {@code Fr.toEvm}). Sits above {@code pairing}.
 */
package org.zkopml.evm;
