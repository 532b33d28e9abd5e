package org.zkopml.dispute;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Balances of named accounts and the bonds held in escrow. Value only moves (deposit from outside,
 * lock into escrow, pay out of escrow), so {@link #total()} changes only by deposits.
 */
public final class Ledger {
    private final Map<String, Long> balances = new LinkedHashMap<>();
    private long escrow;

    /** Adds {@code amount} to an account (new value entering the system). */
    public void deposit(String account, long amount) {
        if (amount < 0) throw new IllegalArgumentException("negative deposit");
        balances.merge(account, amount, Long::sum);
    }

    /** Moves {@code amount} from an account into escrow. */
    public void lock(String account, long amount) {
        long b = balance(account);
        if (b < amount) throw new IllegalArgumentException(account + " cannot lock " + amount + ": balance " + b);
        balances.put(account, b - amount);
        escrow += amount;
    }

    /** Pays {@code amount} out of escrow to an account. */
    public void pay(String account, long amount) {
        if (amount > escrow) throw new IllegalArgumentException("escrow holds " + escrow + ", cannot pay " + amount);
        escrow -= amount;
        balances.merge(account, amount, Long::sum);
    }

    /** The free balance of an account (0 if it never held anything). */
    public long balance(String account) {
        return balances.getOrDefault(account, 0L);
    }

    /** The bonds currently locked in escrow. */
    public long escrow() {
        return escrow;
    }

    /** Σ balances + escrow. */
    public long total() {
        return balances.values().stream().mapToLong(Long::longValue).sum() + escrow;
    }

    /** A copy of the balances. */
    public Map<String, Long> balances() {
        return new LinkedHashMap<>(balances);
    }
}
