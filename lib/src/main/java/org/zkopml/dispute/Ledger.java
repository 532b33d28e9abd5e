package org.zkopml.dispute;

import java.util.Map;
import java.util.TreeMap;
import org.zkopml.values.Verdict;

/**
 * The accounts' balances and the bonds held in escrow, as a contract keeps them. Accounts are named (a
 * submitter, any number of challengers; {@link Party#label()} names the two of a one-challenger game). Value
 * only moves (deposit from outside, lock into escrow, pay out of escrow), so {@link #total()} changes only by
 * deposits. Every operation either happens entirely or is rejected with a reason and changes nothing: amounts
 * are positive, no balance goes negative, and the total never exceeds {@code Long.MAX_VALUE} (so no sum
 * overflows).
 */
public final class Ledger {
    private final Map<String, Long> balances = new TreeMap<>();
    private long escrow;

    /** Adds {@code amount} to an account (new value entering the system). */
    public Verdict<Void> deposit(String account, long amount) {
        if (account == null) return Verdict.reject("deposit to no account");
        if (amount <= 0) return Verdict.reject("a deposit is positive, not " + amount);
        if (amount > Long.MAX_VALUE - total()) return Verdict.reject("a deposit of " + amount + " would overflow the ledger's total " + total());
        balances.merge(account, amount, Long::sum);
        return Verdict.accept(account + " deposited " + amount);
    }

    /** Moves {@code amount} from an account into escrow. */
    public Verdict<Void> lock(String account, long amount) {
        if (account == null) return Verdict.reject("lock from no account");
        if (amount <= 0) return Verdict.reject("a bond is positive, not " + amount);
        long b = balance(account);
        if (b < amount) return Verdict.reject(account + " cannot lock " + amount + ": balance " + b);
        balances.put(account, b - amount);
        escrow += amount;
        return Verdict.accept(account + " locked " + amount);
    }

    /** Pays {@code amount} out of escrow to an account. */
    public Verdict<Void> pay(String account, long amount) {
        if (account == null) return Verdict.reject("payment to no account");
        if (amount <= 0) return Verdict.reject("a payment is positive, not " + amount);
        if (amount > escrow) return Verdict.reject("escrow holds " + escrow + ", cannot pay " + amount);
        escrow -= amount;
        balances.merge(account, amount, Long::sum); // ≤ total ≤ Long.MAX_VALUE
        return Verdict.accept(account + " was paid " + amount);
    }

    /** The free balance of an account (0 if it never held anything). */
    public long balance(String account) {
        return balances.getOrDefault(account, 0L);
    }

    /** {@link #deposit(String, long)} to the account named by the side's label. */
    public Verdict<Void> deposit(Party account, long amount) {
        return deposit(account == null ? null : account.label(), amount);
    }

    /** {@link #lock(String, long)} from the account named by the side's label. */
    public Verdict<Void> lock(Party account, long amount) {
        return lock(account == null ? null : account.label(), amount);
    }

    /** {@link #pay(String, long)} to the account named by the side's label. */
    public Verdict<Void> pay(Party account, long amount) {
        return pay(account == null ? null : account.label(), amount);
    }

    /** {@link #balance(String)} of the account named by the side's label. */
    public long balance(Party account) {
        return balance(account.label());
    }

    /** The bonds currently locked in escrow. */
    public long escrow() {
        return escrow;
    }

    /** Σ balances + escrow (never overflows: deposits keep it ≤ Long.MAX_VALUE). */
    public long total() {
        long t = escrow;
        for (long b : balances.values()) t += b;
        return t;
    }

    /** A copy of the balances, by account. */
    public Map<String, Long> balances() {
        return new TreeMap<>(balances);
    }
}
