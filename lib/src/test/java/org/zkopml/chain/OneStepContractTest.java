package org.zkopml.chain;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.zkopml.dispute.Cheat;
import org.zkopml.dispute.Dispute;
import org.zkopml.dispute.DisputeListener;
import org.zkopml.dispute.DisputeResult;
import org.zkopml.dispute.Party;
import org.zkopml.dispute.Referee;
import org.zkopml.dispute.Rules;
import org.zkopml.dispute.Task;
import org.zkopml.values.Bytes32;
import org.zkopml.values.Verdict;
import org.zkopml.vm.Instruction;
import org.zkopml.vm.Isa;
import org.zkopml.vm.Memory;
import org.zkopml.vm.OneStep;
import org.zkopml.vm.Program;
import org.zkopml.vm.SyntheticModels;
import org.zkopml.vm.Vm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Solidity one-step verifier against the Java one (Cannon's pattern): the 39 fixed vectors pass on the
 * EVM, and for every instruction kind, every fault and random states (data in the image, the input region or
 * the top of memory), the interpreter, {@code vm.OneStep} and the contract give the same post-state hash — or the
 * verifier and the contract both reject a corrupted witness; and the contract derives a task's initial state
 * from an image root and an input exactly as the Java VM loads it. The random states are built on both cores and
 * sent to one deployment, fifty per eth_call through a small batch contract, four calls per JSON-RPC request.
 */
@Tag("chain")
@ExtendWith(SharedChain.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneStepContractTest {
    private static final HexFormat HEX = HexFormat.of();
    private OneStepContract verifier;
    private LocalChain chain;

    @BeforeAll
    void deploy(LocalChain chain) {
        this.chain = chain;
        verifier = OneStepContract.deploy(chain, chain.account(0));
        assertTrue(verifier.deployment().receipt().gasUsed() > 0);
    }

    @Test
    void theFixedVectorsPassOnChain() throws IOException {
        List<byte[]> pre = new ArrayList<>(), wit = new ArrayList<>(), post = new ArrayList<>();
        List<Long> input = new ArrayList<>();
        byte[] imageRoot = null;
        try (InputStream in = getClass().getResourceAsStream("/org/zkopml/vm/one-step-vectors.txt")) {
            assertNotNull(in, "one-step-vectors.txt on the test class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String[] f = line.split(" ", 2);
                switch (f[0]) {
                    case "pre" -> pre.add(HEX.parseHex(f[1]));
                    case "witness" -> wit.add(HEX.parseHex(f[1]));
                    case "post" -> post.add(HEX.parseHex(f[1]));
                    case "input" -> input.add(Long.parseUnsignedLong(f[1].split(" ")[1], 16));
                    case "imageRoot" -> imageRoot = HEX.parseHex(f[1]);
                    default -> { }
                }
            }
        }
        assertEquals(39, pre.size());
        assertNotNull(imageRoot, "the vectors name their image root");
        assertEquals(Bytes32.of(pre.get(0)), verifier.initialState(Bytes32.of(imageRoot), input.stream().mapToLong(Long::longValue).toArray()),
                "the contract derives vector 0's pre-state from the image root and the input");
        List<Verdict<Bytes32>> onChain = verifier.verifyAll(pre.stream().map(Bytes32::of).toList(), wit);
        for (int i = 0; i < pre.size(); i++) {
            assertTrue(onChain.get(i).accepted(), "vector " + i + ": " + onChain.get(i));
            assertEquals(Bytes32.of(post.get(i)), onChain.get(i).value(), "vector " + i);
        }
    }

    /**
     * A case: pre-state hash, witness, the interpreter's post-state hash (null when the witness was corrupted), and
     * whether its data lies in the top quarter of memory.
     */
    private record Case(String kind, byte[] pre, byte[] witness, byte[] interpreterPost, boolean high) {}

    /**
     * A helper contract (compiled here, not part of the kit's contracts) that runs OneStep.verify on many cases in
     * one eth_call, each under try/catch: a revert is a rejection, whatever its reason.
     */
    private static final String BATCH = """
            // SPDX-License-Identifier: MIT
            pragma solidity ^0.8.24;
            interface IOneStep { function verify(bytes32 preHash, bytes calldata witness) external pure returns (bytes32); }
            contract OneStepBatch {
                function verifyMany(address oneStep, bytes32[] calldata pres, bytes[] calldata witnesses)
                        external view returns (bool[] memory ok, bytes32[] memory posts) {
                    ok = new bool[](pres.length);
                    posts = new bytes32[](pres.length);
                    for (uint256 i = 0; i < pres.length; i++) {
                        try IOneStep(oneStep).verify(pres[i], witnesses[i]) returns (bytes32 p) { ok[i] = true; posts[i] = p; } catch { }
                    }
                }
            }
            """;

    /** Cases per eth_call (≈ 150 k gas each, well under the node's call gas cap). */
    private static final int PER_CALL = 50;
    /** eth_calls per JSON-RPC request (a request answers within the client's timeout even on a loaded machine). */
    private static final int CALLS_PER_REQUEST = 4;

    /** OneStep.verify on every case by the batch contract: PER_CALL cases per eth_call, CALLS_PER_REQUEST calls per request. */
    private List<Verdict<Bytes32>> verifyInBatches(List<byte[]> pre, List<byte[]> wit) {
        LocalChain.Deployment batch = chain.deploy(chain.account(0), Artifact.compile("OneStepBatch", BATCH), "");
        List<String> calls = new ArrayList<>();
        for (int from = 0; from < pre.size(); from += PER_CALL) {
            int to = Math.min(pre.size(), from + PER_CALL);
            List<DynamicBytes> w = new ArrayList<>();
            for (byte[] x : wit.subList(from, to)) w.add(new DynamicBytes(x));
            calls.add(Abi.encode("verifyMany", new Address(verifier.address()), Abi.bytes32s(pre.subList(from, to)), new DynamicArray<>(DynamicBytes.class, w)));
        }
        List<Verdict<String>> results = new ArrayList<>();
        for (int from = 0; from < calls.size(); from += CALLS_PER_REQUEST) {
            results.addAll(chain.callAll(batch.address(), calls.subList(from, Math.min(calls.size(), from + CALLS_PER_REQUEST))));
        }
        List<Verdict<Bytes32>> out = new ArrayList<>();
        for (Verdict<String> r : results) {
            assertTrue(r.accepted(), "the batch call itself must not revert: " + r);
            @SuppressWarnings("rawtypes") List<Type> v = Abi.decode(r.value(), List.of(new TypeReference<DynamicArray<Bool>>() {},
                    new TypeReference<DynamicArray<org.web3j.abi.datatypes.generated.Bytes32>>() {}));
            @SuppressWarnings("unchecked") List<Bool> ok = ((DynamicArray<Bool>) v.get(0)).getValue();
            @SuppressWarnings("unchecked") List<org.web3j.abi.datatypes.generated.Bytes32> posts =
                    ((DynamicArray<org.web3j.abi.datatypes.generated.Bytes32>) v.get(1)).getValue();
            for (int i = 0; i < ok.size(); i++) {
                out.add(ok.get(i).getValue() ? Verdict.accept(Bytes32.of(posts.get(i).getValue()), "post-state hash from the EVM")
                        : Verdict.reject("reverted"));
            }
        }
        return out;
    }

    @Test
    void everyInstructionKindAgreesWithTheJavaStepOnRandomStates() {
        SplittableRandom rnd = new SplittableRandom(20261130);
        int[] ops = Isa.opcodes();
        // each case from its own split of the seed, so that both cores can build them and the set stays the same
        List<Object[]> plan = new ArrayList<>();
        for (int op : ops) for (int i = 0; i < PER_OP; i++) plan.add(new Object[] {op, Fault.NONE, rnd.split()});
        for (Fault f : Fault.values()) if (f != Fault.NONE) for (int i = 0; i < 60; i++) plan.add(new Object[] {ops[rnd.nextInt(ops.length)], f, rnd.split()});
        List<Case> cases = new ArrayList<>(plan.parallelStream()
                .map(c -> randomStep((SplittableRandom) c[2], (Integer) c[0], (Fault) c[1])).toList());
        highAddresses[0] = (int) cases.stream().filter(Case::high).count();
        int valid = cases.size();
        for (int i = 0; i < 500; i++) cases.add(corrupt(rnd, cases.get(rnd.nextInt(valid))));

        List<byte[]> pre = new ArrayList<>(), wit = new ArrayList<>();
        for (Case c : cases) {
            pre.add(c.pre());
            wit.add(c.witness());
        }
        List<Verdict<Bytes32>> onChain = verifyInBatches(pre, wit);
        Map<String, Integer> perKind = new TreeMap<>();
        int rejected = 0;
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Verdict<Bytes32> java = OneStep.verify(Bytes32.of(c.pre()), c.witness());
            Verdict<Bytes32> evm = onChain.get(i);
            assertEquals(java.accepted(), evm.accepted(), c.kind() + " case " + i + ": Java " + java + ", EVM " + evm);
            if (java.accepted()) {
                assertEquals(java.value(), evm.value(), c.kind() + " case " + i);
                if (c.interpreterPost() != null) assertEquals(Bytes32.of(c.interpreterPost()), evm.value(), c.kind() + " case " + i + " (interpreter)");
            } else {
                rejected++;
            }
            perKind.merge(c.kind(), 1, Integer::sum);
        }
        assertTrue(cases.size() >= 5_000, "at least 5,000 random states: " + cases.size());
        assertTrue(rejected >= 200, "corrupted witnesses are rejected by both: " + rejected);
        for (int op : ops) assertTrue(perKind.getOrDefault(Isa.mnemonic(op), 0) >= PER_OP, Isa.mnemonic(op) + " covered: " + perKind);
        assertTrue(highAddresses[0] >= 100, "states touching words above 2^26 + 2^25 (the deepest levels of the tree): " + highAddresses[0]);
    }

    @Test
    void theInitialStateOfATaskIsDerivedOnChainAsInJava() {
        SplittableRandom rnd = new SplittableRandom(20261201);
        List<Bytes32> roots = new ArrayList<>();
        List<long[]> inputs = new ArrayList<>();
        List<Bytes32> java = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            long[] image = new long[1 + rnd.nextInt(t < 20 ? 40 : 3_000)];
            for (int i = 0; i < image.length; i++) image[i] = rnd.nextInt(3) == 0 ? 0 : rnd.nextLong();
            long[] input = new long[t == 0 ? 0 : 1 + rnd.nextInt(t < 30 ? 9 : 300)];
            for (int i = 0; i < input.length; i++) input[i] = rnd.nextInt(5) == 0 ? 0 : rnd.nextBoolean() ? rnd.nextLong() : rnd.nextLong(-300, 300);
            Program p = new Program("random", image, Memory.INPUT_BASE, input.length, 0, 0);
            roots.add(p.imageRoot());
            inputs.add(input);
            java.add(p.load(input).state().hash());
        }
        for (int t = 0; t < roots.size(); t++) {
            assertEquals(java.get(t), verifier.initialState(roots.get(t), inputs.get(t)), "task " + t + ": " + inputs.get(t).length + " input words");
        }
    }

    @Test
    void theJavaRefereeReExecutesTheDisputedStepThroughTheContract() {
        for (int phases = 1; phases <= 2; phases++) {
            Task task = Task.of(SyntheticModels.mlp(4, 4, 3, 2), SyntheticModels.input(4, 4));
            Referee onChain = new Referee(Rules.of(1, phases), task, verifier);
            DisputeResult r = Dispute.play(onChain, Dispute.players(task, Cheat.random(), 5, DisputeListener.NONE), DisputeListener.NONE);
            DisputeResult inJava = Dispute.play(task, Rules.of(1, phases), Cheat.random(), 5);
            assertTrue(r.oneStepVerified() && r.winner() == Party.CHALLENGER, r.resolution());
            assertEquals(inJava.disputedStep(), r.disputedStep(), "the same step, re-executed by the contract instead of vm.OneStep");
            assertEquals(inJava.rounds(), r.rounds());
        }
        assertTrue(verifier.step(Bytes32.ZERO, new byte[3]).rejected(), "a StepVerifier rejects, never throws");
    }

    private enum Fault { NONE, OPCODE, REGISTER, ADDRESS, PC, STOPPED }

    /** Random states per opcode (22 opcodes: with the faults and corrupted witnesses, over 5,000 cases). */
    private static final int PER_OP = 210;
    /** How many random states put their data in the top quarter of memory (addresses ≥ 3·2^25), counted after generation. */
    private static final int[] highAddresses = {0};

    /**
     * A machine whose 16 registers hold random values (set by a prelude of LI/SHL/ADDI), about to run one
     * instruction of kind {@code op} at a random pc, with random data in memory; or a fault of the given kind.
     */
    private static Case randomStep(SplittableRandom rnd, int op, Fault fault) {
        long[] regs = new long[Isa.REGISTERS];
        int where = rnd.nextInt(8); // the data lies in the image, the input region (a task's input) or the top of memory
        int dataBase = where < 2 ? (int) Memory.INPUT_BASE + rnd.nextInt(5_000)
                : where < 4 ? (int) Memory.WORDS - 64 - rnd.nextInt(5_000) : 200 + rnd.nextInt(5_000);
        for (int r = 0; r < regs.length; r++) {
            regs[r] = switch (rnd.nextInt(4)) {
                case 0 -> rnd.nextLong();
                case 1 -> rnd.nextLong(-300, 300);
                case 2 -> op == Isa.LDB ? 32L * dataBase + rnd.nextInt(2048) : dataBase + rnd.nextInt(64);   // an address of the data region
                default -> rnd.nextBoolean() ? Long.MIN_VALUE + rnd.nextInt(3) : Long.MAX_VALUE - rnd.nextInt(3);
            };
        }
        List<Long> code = new ArrayList<>();
        for (int r = 0; r < regs.length; r++) {
            int lo = (int) regs[r];
            long hi = (regs[r] - lo) >> 32;
            code.add(new Instruction(Isa.LI, r, 0, 0, (int) hi).encode());
            code.add(new Instruction(Isa.SHL, r, r, 0, 32).encode());
            code.add(new Instruction(Isa.ADDI, r, r, 0, lo).encode());
        }
        long target = code.size() + 1 + rnd.nextInt(100);
        code.add(new Instruction(Isa.JMP, 0, 0, 0, (int) target).encode());
        int rd = rnd.nextInt(16), ra = rnd.nextInt(16), rb = rnd.nextInt(16);
        int imm = switch (op) {
            case Isa.JMP, Isa.BEQ, Isa.BNE, Isa.BLT, Isa.BGE -> rnd.nextInt(8) == 0 ? rnd.nextInt() : rnd.nextInt(200);
            case Isa.LD, Isa.ST -> rnd.nextInt(-8, 8);
            case Isa.LDB -> rnd.nextInt(-64, 64);
            default -> rnd.nextInt(4) == 0 ? rnd.nextInt() : rnd.nextInt(-70, 70);
        };
        int theOp = op;
        switch (fault) {
            case OPCODE -> theOp = 0x30 + rnd.nextInt(0xD0);
            case REGISTER -> rd = 16 + rnd.nextInt(240);
            case ADDRESS -> {
                theOp = new int[] {Isa.LD, Isa.ST, Isa.LDB}[rnd.nextInt(3)];
                imm = rnd.nextBoolean() || theOp == Isa.LDB ? -(int) (dataBase + 100) : Integer.MAX_VALUE;
                ra = 0;
                regs[0] = 0;
            }
            case PC -> {
                theOp = Isa.JMP;
                imm = rnd.nextBoolean() ? -1 - rnd.nextInt(1000) : (int) Memory.WORDS + rnd.nextInt(1000);
            }
            default -> { }
        }
        if (fault == Fault.ADDRESS) {
            code.set(0, new Instruction(Isa.LI, 0, 0, 0, 0).encode());
            code.set(1, new Instruction(Isa.SHL, 0, 0, 0, 0).encode());
            code.set(2, new Instruction(Isa.ADDI, 0, 0, 0, 0).encode());
        }
        long[] image = new long[(int) target + 1];
        for (int i = 0; i < code.size(); i++) image[i] = code.get(i);
        image[(int) target] = new Instruction(theOp, rd, ra, rb, imm).encode();
        Memory memory = Memory.of(image);
        for (int i = dataBase; i < dataBase + 64; i++) {
            if (rnd.nextInt(3) == 0) {                                 // a word of packed bytes (int8 weights)
                byte[] b = new byte[32];
                rnd.nextBytes(b);
                memory.writePacked(i, b);
            } else {
                memory.write(i, rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextLong(-1000, 1000));
            }
        }
        Vm vm = new Vm(memory);
        vm.run(code.size());
        if (fault == Fault.PC) vm.stepOnce(); // the jump leaves memory: the next step faults
        if (fault == Fault.STOPPED) {
            // the word after the target is 0 = HALT: run until the machine stops, then step the stopped machine
            for (int i = 0; i < 4 && vm.running(); i++) vm.stepOnce();
        }
        byte[] pre = vm.state().hash().bytes();
        byte[] witness = vm.witness().encode();
        vm.stepOnce();
        String kind = fault == Fault.NONE ? Isa.mnemonic(op) : "fault-" + fault.name().toLowerCase();
        return new Case(kind, pre, witness, vm.state().hash().bytes(), where >= 2 && where < 4);
    }

    /** A corrupted copy of a valid case: a flipped byte, a cut, an extra byte or a wrong pre-state hash. */
    private static Case corrupt(SplittableRandom rnd, Case c) {
        byte[] w = c.witness().clone();
        byte[] pre = c.pre().clone();
        switch (rnd.nextInt(4)) {
            case 0 -> w[rnd.nextInt(w.length)] ^= (byte) (1 << rnd.nextInt(8));
            case 1 -> w = java.util.Arrays.copyOf(w, rnd.nextInt(w.length));
            case 2 -> w = java.util.Arrays.copyOf(w, w.length + 1 + rnd.nextInt(40));
            default -> pre[rnd.nextInt(32)] ^= 1;
        }
        return new Case("corrupted", pre, w, null, c.high());
    }
}
