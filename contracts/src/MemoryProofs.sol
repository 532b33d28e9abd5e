// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Merkle proofs of the zkopml VM's memory words
/// @notice Memory is 2^27 words of 32 bytes under a binary Keccak-256 tree of depth 27 whose leaves are
/// the words themselves; node = keccak256(left ‖ right). A proof is the word and its 27 siblings, bottom
/// up; at height h the path goes right when bit h of the address is 1 (org.zkopml.vm.MemoryProof). The
/// root's two subtrees are the regions of a task: the program image and the input.
library MemoryProofs {
    /// Address bits = tree depth.
    uint256 internal constant DEPTH = 27;
    /// Words of memory: addresses are in [0, WORDS).
    int256 internal constant WORDS = int256(1) << 27;
    /// Bytes of memory (LDB's byte addresses are in [0, BYTES_OF_MEMORY)): 32 per word.
    int256 internal constant BYTES_OF_MEMORY = int256(1) << 32;
    /// Encoded proof: the word, then 27 siblings.
    uint256 internal constant BYTES = 32 * (1 + DEPTH);
    /// Height of a region: the image (lower half of memory) and the input (upper half, from 2^26) are the
    /// root's two subtrees (org.zkopml.vm.MemoryTree.REGION_HEIGHT).
    uint256 internal constant REGION_HEIGHT = DEPTH - 1;

    /// The root a proof at `addr` implies when the word is `word`; `proof` starts with the proven word
    /// (ignored here, so the same siblings give the root before and after a store).
    function rootWith(uint256 addr, bytes32 word, bytes calldata proof) internal pure returns (bytes32 cur) {
        cur = word;
        for (uint256 h = 0; h < DEPTH; h++) {
            bytes32 sib = bytes32(proof[32 * (h + 1):32 * (h + 2)]);
            cur = (addr >> h) & 1 == 0 ? node(cur, sib) : node(sib, cur);
        }
    }

    /// The root the proof implies for the word it carries.
    function root(uint256 addr, bytes calldata proof) internal pure returns (bytes32) {
        return rootWith(addr, bytes32(proof[0:32]), proof);
    }

    /// The root of a memory region (a subtree of height 26) holding `words` from its first word on, zero after
    /// them (org.zkopml.vm.MemoryTree.regionRoot): pairs hashed level by level, a missing right child being the
    /// all-zero subtree of its height. n + 26 hashes for n words.
    function regionRoot(int64[] calldata words) internal pure returns (bytes32) {
        require(words.length <= uint256(1) << REGION_HEIGHT, "more words than a memory region holds");
        uint256 n = words.length;
        bytes32[] memory level = new bytes32[](n);
        for (uint256 i = 0; i < n; i++) level[i] = wordOf(words[i]);
        bytes32 zero; // Z(h): the root of an all-zero subtree of height h
        for (uint256 h = 0; h < REGION_HEIGHT; h++) {
            uint256 m = (n + 1) / 2;
            for (uint256 i = 0; i < m; i++) level[i] = node(level[2 * i], 2 * i + 1 < n ? level[2 * i + 1] : zero);
            n = m;
            zero = node(zero, zero);
        }
        return n == 0 ? zero : level[0];
    }

    /// keccak256(left ‖ right), through the scratch space.
    function node(bytes32 left, bytes32 right) internal pure returns (bytes32 h) {
        assembly {
            mstore(0x00, left)
            mstore(0x20, right)
            h := keccak256(0x00, 0x40)
        }
    }

    /// The int64 a load returns: the low 8 bytes of the word.
    function low64(bytes32 word) internal pure returns (int64) {
        return int64(uint64(uint256(word)));
    }

    /// The word a store writes: the int64 sign-extended to 32 bytes.
    function wordOf(int64 v) internal pure returns (bytes32) {
        return bytes32(uint256(int256(v)));
    }
}
