package org.zkopml.chain;

/** A JSON-RPC call or transaction that failed: a revert (with the contract's reason) or a node error. */
public final class ChainException extends RuntimeException {
    private final boolean reverted;

    /** A failure; {@code reverted} when the EVM reverted (then the message is the revert reason). */
    public ChainException(String message, boolean reverted) {
        super(message);
        this.reverted = reverted;
    }

    /** Whether the EVM reverted (as opposed to the node or the connection failing). */
    public boolean reverted() {
        return reverted;
    }
}
