package org.zkopml.chain;

import java.math.BigInteger;
import java.util.List;

/**
 * What a claim cost on-chain, transaction by transaction, every figure from a receipt: who sent it, what it was
 * (request, submit, challenge, a move's kind, close, finalize, withdraw), in which dispute, its gas and its fee.
 *
 * @param entries the transactions in the order they were mined
 */
public record GasReport(List<Entry> entries) {
    public GasReport {
        entries = List.copyOf(entries);
    }

    /**
     * One mined transaction.
     *
     * @param account who sent it
     * @param what    what it was: "register", "request", "submit", "challenge", "Bisect", "Select", "OpenLayer", "ProveStep", "Timeout",
     *                "close", "finalize", "withdraw"
     * @param dispute the dispute it belongs to (-1: the claim itself)
     * @param gas     gas used
     * @param fee     gas × effective gas price, in wei
     */
    public record Entry(String account, String what, int dispute, long gas, BigInteger fee) {}

    /** Gas of every transaction of kind {@code what}, in order. */
    public List<Long> gas(String what) {
        return entries.stream().filter(e -> e.what().equals(what)).map(Entry::gas).toList();
    }

    /** Total gas of the transactions of kind {@code what}. */
    public long total(String what) {
        return gas(what).stream().mapToLong(Long::longValue).sum();
    }

    /** Total gas of all transactions. */
    public long total() {
        return entries.stream().mapToLong(Entry::gas).sum();
    }

    /** Gas spent on disputing: every challenge, move, timeout and close (the model's registration, the task's request, the submission, the finalization and the withdrawals aside). */
    public long disputeGas() {
        return entries.stream().filter(e -> !List.of("register", "request", "submit", "finalize", "withdraw").contains(e.what())).mapToLong(Entry::gas).sum();
    }

    /** Fees paid by {@code account}, in wei. */
    public BigInteger fees(String account) {
        return entries.stream().filter(e -> e.account().equals(account)).map(Entry::fee).reduce(BigInteger.ZERO, BigInteger::add);
    }
}
