// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Bonds held in escrow per claim, paid once to the winner
/// @notice A bond is taken with the move that posts it (msg.value must equal it exactly) and the whole
/// escrow of a claim goes to its winner, once: value is conserved (what came in = what went out + what
/// is still held), which `held` lets a test check against the contract's balance.
abstract contract Bonds {
    /// Escrow per claim.
    mapping(uint256 => uint256) public escrow;
    /// Whether a claim's escrow was paid out.
    mapping(uint256 => bool) public paid;
    /// Sum of all escrows not yet paid: always equal to the contract's balance.
    uint256 public held;

    /// @notice A bond was paid to the winner of a claim.
    event BondPaid(uint256 indexed claimId, address indexed to, uint256 amount);

    /// Takes `amount` from the current call's value into the claim's escrow.
    function _takeBond(uint256 claimId, uint256 amount) internal {
        require(msg.value == amount, "the bond must be sent with the move, exactly");
        escrow[claimId] += amount;
        held += amount;
    }

    /// Pays the claim's whole escrow to `to`; a second payment reverts.
    function _payEscrow(uint256 claimId, address to) internal {
        require(!paid[claimId], "the bond was already claimed");
        paid[claimId] = true;
        uint256 amount = escrow[claimId];
        escrow[claimId] = 0;
        held -= amount;
        emit BondPaid(claimId, to, amount);
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "the payment to the winner failed");
    }
}
