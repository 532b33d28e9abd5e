package org.zkopml.dispute;

import org.zkopml.values.Verdict;

/**
 * Where a claim is played: the Java referee on a simulated chain ({@link Game}), or the contracts on a real one
 * ({@code org.zkopml.chain.ContractArena}, which reads the contract's storage into a {@link Docket} and sends each
 * move as a transaction). A venue stamps every move with its sender and its clock and holds the bonds; the
 * players ({@link Arena}) see only what it answers, so the same actors, beliefs and cheats play in both.
 */
public interface Venue {
    /** The claim and its disputes as the venue holds them now. */
    Docket docket();

    /** The venue's clock (the time its next move would be stamped with, at the earliest). */
    long now();

    /** Lets the clock run until it reads at least {@code time} (nothing if it already does). */
    void waitUntil(long time);

    /** {@code account} opens a dispute of its own against the claim, locking its bond: the dispute's number, or why not. */
    Verdict<Integer> challenge(String account);

    /** The side {@code sender} of dispute {@code dispute} sends {@code move}: the claim after it, or why it was refused (nothing changed). */
    Verdict<Docket> send(int dispute, Party sender, Move move);

    /** {@code account} — anyone — asks for the claim to be made final ({@link Move.Finalize}). */
    Verdict<Docket> finalizeClaim(String account);
}
