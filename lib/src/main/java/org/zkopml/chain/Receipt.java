package org.zkopml.chain;

import java.math.BigInteger;

/**
 * What a mined transaction cost, from its receipt: the gas it used and the fee paid (gas × effective
 * gas price, in wei).
 *
 * @param txHash      the transaction hash
 * @param blockNumber the block it was mined in
 * @param gasUsed     gas used, from the receipt
 * @param fee         gasUsed × effectiveGasPrice (wei)
 * @param to          the contract called (or created)
 */
public record Receipt(String txHash, long blockNumber, long gasUsed, BigInteger fee, String to) {}
