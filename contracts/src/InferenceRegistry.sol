// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title A registry of zkML inferences: (model, input, output) recorded once a Groth16 proof of it verifies
/// @notice A model is registered with the verifier generated from its circuit's key (org.zkopml.chain.VerifierSource)
///         and the layout of that circuit's public inputs (org.zkopml.circuit.ModelCircuits): first the outputs y,
///         then for statements b and c the input x, then for a and b one commitment (to the input for a, to the
///         model's parameters for b). A registration's id is determined by what it binds:
///         id = keccak256(abi.encode(the verifier's code hash, statement, outputs, public inputs, C_M, model)), so
///         nobody can register another party's model under its id: a squatter naming the same model with another
///         verifier (one that accepts anything) gets another id, whose records are its own, and cannot keep the
///         owner from registering. Anyone can regenerate the verifier from the public verifying key, compile it
///         with the same pinned solc (the generated code is deterministic), and so recompute the id of the real one.
///         record() accepts an inference only if the id's verifier accepts the proof for these public inputs, and
///         only once per (id, input): the input is identified by its commitment (statement a) or by keccak256 of
///         its words (b, c). A proof made for another model fails that model's verifier (another key) and, for
///         statement b, the model commitment in the public inputs must be the registered one.
contract InferenceRegistry {
    /// A registered model: its verifier, verifyProof's selector for its number of public inputs, and the layout.
    struct Model {
        address verifier;
        bytes4 selector;
        uint8 statement;          // 0: a (public model, private input), 1: b (private committed model), 2: c (both public)
        uint16 outputs;           // number of output words y at the front of the public inputs
        uint16 publicInputs;      // l
        uint256 modelCommitment;  // statement b: the commitment C_M that must be the last public input; else 0
        address registrant;       // who registered the model
        bytes32 verifierCodeHash; // extcodehash of the verifier when it was registered (part of the id)
        bytes32 model;            // the model it proves (e.g. the Keccak-256 commitment of its canonical encoding)
    }

    mapping(bytes32 => Model) public models;          // by id
    mapping(bytes32 => bool) public recorded;
    mapping(bytes32 => uint256[]) internal outputs;

    event ModelRegistered(bytes32 indexed id, bytes32 indexed model, address verifier, bytes32 verifierCodeHash, uint8 statement,
        uint16 publicInputs, address registrant);
    event InferenceRecorded(bytes32 indexed id, bytes32 indexed input, bytes32 model, uint256[] output, address prover);

    /// The id of a registration: keccak256(abi.encode(codeHash, statement, nOutputs, publicInputs, modelCommitment, model)).
    function modelId(bytes32 codeHash, uint8 statement, uint16 nOutputs, uint16 publicInputs, uint256 modelCommitment, bytes32 model)
        public pure returns (bytes32)
    {
        return keccak256(abi.encode(codeHash, statement, nOutputs, publicInputs, modelCommitment, model));
    }

    /// Registers `model` (e.g. the Keccak-256 commitment of its canonical encoding) with its circuit's verifier; returns
    /// the registration's id, which the verifier's code, the layout and the model determine.
    function registerModel(bytes32 model, address verifier, uint8 statement, uint16 nOutputs, uint16 publicInputs, uint256 modelCommitment)
        external returns (bytes32 id)
    {
        require(verifier.code.length > 0, "registry: verifier is not a contract");
        require(statement <= 2, "registry: statement must be 0 (a), 1 (b) or 2 (c)");
        require(nOutputs >= 1 && nOutputs < publicInputs, "registry: outputs must leave room for the input");
        require((statement == 1) == (modelCommitment != 0), "registry: a model commitment for statement b only");
        bytes32 codeHash = verifier.codehash;
        id = modelId(codeHash, statement, nOutputs, publicInputs, modelCommitment, model);
        require(models[id].verifier == address(0), "registry: model already registered");
        models[id] = Model(verifier, bytes4(keccak256(abi.encodePacked(
            "verifyProof(uint256[2],uint256[2][2],uint256[2],uint256[", decimal(publicInputs), "])"))),
            statement, nOutputs, publicInputs, modelCommitment, msg.sender, codeHash, model);
        emit ModelRegistered(id, model, verifier, codeHash, statement, publicInputs, msg.sender);
    }

    /// Records the inference proven by `proof` (8 words: A, B with (imaginary, real) coordinates, C) for the public
    /// inputs under registration `id`; returns the input's identifier. Reverts if the id is unknown, the proof does not
    /// verify (with the verifier's reason), or this (id, input) was recorded before.
    function record(bytes32 id, uint256[8] calldata proof, uint256[] calldata publicInputs) external returns (bytes32 input) {
        Model storage m = models[id];      // a storage pointer: only the slots read below are loaded
        address verifier = m.verifier;
        uint8 statement = m.statement;
        uint16 nOutputs = m.outputs;
        require(verifier != address(0), "registry: unknown model");
        require(publicInputs.length == m.publicInputs, "registry: wrong number of public inputs");
        if (statement == 1) {
            require(publicInputs[publicInputs.length - 1] == m.modelCommitment, "registry: the proof is for another model commitment");
        }
        (bool ok, bytes memory ret) = verifier.staticcall(abi.encodePacked(m.selector, proof, publicInputs));
        if (!ok) {
            assembly {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        require(ret.length == 32 && abi.decode(ret, (bool)), "registry: the verifier returned false");
        input = inputId(statement, nOutputs, publicInputs);
        bytes32 key = keccak256(abi.encode(id, input));
        require(!recorded[key], "registry: inference already recorded");
        recorded[key] = true;
        uint256[] storage out = outputs[key];
        for (uint256 i = 0; i < nOutputs; i++) out.push(publicInputs[i]);
        emit InferenceRecorded(id, input, m.model, publicInputs[:nOutputs], msg.sender);
    }

    /// The recorded output of (id, input); reverts if there is none.
    function outputOf(bytes32 id, bytes32 input) external view returns (uint256[] memory) {
        bytes32 key = keccak256(abi.encode(id, input));
        require(recorded[key], "registry: no such inference");
        return outputs[key];
    }

    /// Whether (id, input) has been recorded.
    function isRecorded(bytes32 id, bytes32 input) external view returns (bool) {
        return recorded[keccak256(abi.encode(id, input))];
    }

    /// The input's identifier: its commitment for statement a; keccak256 of the input words for b and c.
    function inputId(uint8 statement, uint16 nOutputs, uint256[] calldata x) internal pure returns (bytes32) {
        if (statement == 0) return bytes32(x[x.length - 1]);
        uint256 end = statement == 1 ? x.length - 1 : x.length;
        return keccak256(abi.encodePacked(x[nOutputs:end]));
    }

    function decimal(uint256 v) internal pure returns (bytes memory s) {
        if (v == 0) return "0";
        uint256 len;
        for (uint256 t = v; t > 0; t /= 10) len++;
        s = new bytes(len);
        for (; v > 0; v /= 10) s[--len] = bytes1(uint8(48 + v % 10));
    }
}
