// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Bonds in escrow, and credits withdrawn by their owners
/// @notice A bond is taken with the move that posts it (msg.value must equal it exactly). When a dispute or a
/// claim is settled, bonds become credits of whoever they go to, and each owner withdraws its own credit
/// (pull payments: settling never sends ether, so no settlement can be blocked by a recipient and none
/// loops over other parties). Value is conserved: `held` — bonds in escrow plus credits not yet withdrawn —
/// is always the contract's balance.
abstract contract Bonds {
    /// Credit per account: bonds won or returned, not yet withdrawn.
    mapping(address => uint256) public credit;
    /// Bonds in escrow plus credits not yet withdrawn: always equal to the contract's balance.
    uint256 public held;

    /// @notice A settled bond became `to`'s credit.
    event Credited(address indexed to, uint256 amount);
    /// @notice `to` withdrew its credit.
    event Withdrawn(address indexed to, uint256 amount);

    /// Takes `amount` from the current call's value into escrow.
    function _takeBond(uint256 amount) internal {
        require(msg.value == amount, "the bond must be sent with the move, exactly");
        held += amount;
    }

    /// Moves `amount` of escrow to `to`'s credit (held is unchanged: the value stays in the contract).
    function _credit(address to, uint256 amount) internal {
        credit[to] += amount;
        emit Credited(to, amount);
    }

    /// @notice Sends the caller its whole credit.
    function withdraw() external {
        uint256 amount = credit[msg.sender];
        require(amount > 0, "nothing to withdraw");
        credit[msg.sender] = 0;
        held -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "the payment failed");
    }
}
