/**
 * A small deterministic virtual machine for fixed-point inference, with Merkleized memory, a state
 * hash, and a one-step verifier: the machine of the opML dispute game (after Optimism's Cannon).
 *
 * <h2>State</h2>
 * A state is {@code (pc, r0..r15, memRoot, step, status)} ({@link org.zkopml.vm.VmState}). Its canonical
 * encoding is 177 bytes, all integers big-endian:
 * <pre>
 *   offset  size  field
 *        0    32  memRoot   root of the memory tree
 *       32     8  pc        int64 (a word address)
 *       40     8  step      uint64, steps executed so far
 *       48     1  status    0 RUNNING, 1 HALTED, 2 FAULT_OPCODE, 3 FAULT_REGISTER, 4 FAULT_ADDRESS, 5 FAULT_PC
 *       49   128  r0..r15   16 × int64 two's complement
 * </pre>
 * and the state hash is {@code keccak256(encoding)}.
 *
 * <h2>Memory</h2>
 * {@value org.zkopml.vm.Memory#ADDRESS_BITS}-bit word addresses, 2^27 words of 32 bytes (4 GiB), all zero at
 * first. The memory root is a binary Keccak-256 tree of depth 27 (Optimism's Cannon uses 27 too) whose leaves are the words themselves
 * (no leaf hashing, as in Cannon), node = {@code keccak256(left ‖ right)}
 * ({@code MerkleTree.node}); an empty subtree of height h has root Z(h), Z(0) = 32 zero bytes,
 * Z(h+1) = node(Z(h), Z(h)). The machine holds only 64-bit integers: a load reads the <b>low 8 bytes</b>
 * (bytes 24..31) of a word as an int64; a store writes the int64 <b>sign-extended</b> to 32 bytes.
 * A word may also hold 32 <b>packed bytes</b> (int8 weights): LDB reads one signed byte at a <em>byte</em>
 * address b ∈ [0, 2^32), byte {@code b mod 32} (0 = the most significant) of word {@code b / 32} — so a model's
 * memory grows with bytes of weights, not words. The program is in memory: code from address 0, then data, then
 * packed bytes; the implementation keeps pages of 4,096 words, hashes them only when a root is asked for and
 * keeps only page roots (a proof rebuilds its page's subtree).
 *
 * <h2>The initial state of a task: derived, not asserted</h2>
 * Memory has two regions, the two subtrees of the root: the <b>image</b> (code, data, buffers) in the
 * lower half [0, 2^26) and the <b>input</b> in the upper half, from {@code INPUT_BASE} = 2^26. A program
 * reads its input there with ordinary loads. So the memory root of a program loaded with an input is
 * node(imageRoot, inputRoot), each the root of its region ({@code MemoryTree.regionRoot}: the words
 * from the region's first address, zero after), and the initial state
 * <pre>
 *   (memRoot = node(imageRoot, inputRoot), pc 0, step 0, RUNNING, r0..r15 = 0)
 * </pre>
 * ({@link org.zkopml.vm.VmState#initial}) is a function of the program's image root and the input
 * alone: a contract that stores a model by its image root computes the initial state of "this model
 * on this input" itself, as Arbitrum and Truebit bind a task's input into its initial machine (Cannon
 * instead reads inputs during the run through a preimage oracle, because its inputs are fetched by
 * hash as the program goes; a model's input is known when the task is posted).
 *
 * <h2>Instructions</h2>
 * One instruction is the int64 in the low 8 bytes of the word at {@code pc}:
 * <pre>
 *   bits 63..56 op   55..48 rd   47..40 ra   39..32 rb   31..0 imm (signed int32)
 *   (word bytes 24 = op, 25 = rd, 26 = ra, 27 = rb, 28..31 = imm big-endian)
 * </pre>
 * Arithmetic is on int64 modulo 2^64; {@code sext(imm)} is imm sign-extended to 64 bits.
 * <pre>
 *   op    mnemonic          semantics                                    next pc
 *   0x00  HALT              status := HALTED                              pc
 *   0x01  LI   rd, imm      rd := sext(imm)                               pc+1
 *   0x02  MOV  rd, ra       rd := ra                                      pc+1
 *   0x03  ADD  rd, ra, rb   rd := ra + rb                                 pc+1
 *   0x04  SUB  rd, ra, rb   rd := ra − rb                                 pc+1
 *   0x05  MUL  rd, ra, rb   rd := ra · rb                                 pc+1
 *   0x06  MAC  rd, ra, rb   rd := rd + ra · rb                            pc+1
 *   0x07  ADDI rd, ra, imm  rd := ra + sext(imm)                          pc+1
 *   0x08  SAR  rd, ra, imm  rd := ra &gt;&gt; (imm &amp; 63)  (arithmetic)      pc+1
 *   0x09  SHL  rd, ra, imm  rd := ra &lt;&lt; (imm &amp; 63)                     pc+1
 *   0x0A  MAX  rd, ra, rb   rd := max(ra, rb)  (signed)                   pc+1
 *   0x0B  MIN  rd, ra, rb   rd := min(ra, rb)  (signed)                   pc+1
 *   0x0C  SLT  rd, ra, rb   rd := ra &lt; rb ? 1 : 0  (signed)              pc+1
 *   0x0D  DIV  rd, ra, rb   rd := rb = 0 ? 0 : ra / rb (truncating;       pc+1
 *                           MIN / −1 = MIN)
 *   0x10  LD   rd, ra, imm  rd := low64(mem[ra + sext(imm)])               pc+1
 *   0x11  ST   rd, ra, imm  mem[ra + sext(imm)] := sext256(rd)             pc+1
 *   0x12  LDB  rd, ra, imm  rd := sext8(byte (b mod 32) of mem[b / 32]),   pc+1
 *                           b = ra + sext(imm) a byte address
 *   0x20  JMP  imm          —                                             sext(imm)
 *   0x21  BEQ  ra, rb, imm  —                                             ra == rb ? sext(imm) : pc+1
 *   0x22  BNE  ra, rb, imm  —                                             ra != rb ? sext(imm) : pc+1
 *   0x23  BLT  ra, rb, imm  —                                             ra &lt;  rb ? sext(imm) : pc+1
 *   0x24  BGE  ra, rb, imm  —                                             ra &gt;= rb ? sext(imm) : pc+1
 * </pre>
 *
 * <h2>One step and faults</h2>
 * A step on a state whose status is not RUNNING changes nothing (not even {@code step}): a finished
 * trace repeats its last state, so it can be padded to any length. Otherwise {@code step} grows by one
 * and, checked in this order: if pc ∉ [0, 2^27) the status becomes FAULT_PC; the instruction word is
 * fetched; an unknown op gives FAULT_OPCODE; any of rd, ra, rb ≥ 16 gives FAULT_REGISTER (for every
 * op, used or not); a load/store address ∉ [0, 2^27) (for LDB a byte address ∉ [0, 2^32)) gives FAULT_ADDRESS. A fault changes only
 * {@code step} and {@code status}. The machine never throws on a bad program.
 *
 * <h2>One-step witness</h2>
 * The bytes {@link org.zkopml.vm.OneStep#verify(org.zkopml.values.Bytes32, byte[])} reads, in order:
 * <pre>
 *   preState                     177 bytes (the encoding above)
 *   if status = RUNNING and 0 ≤ pc &lt; 2^27:
 *     fetch proof                 32-byte word at pc, then 27 siblings × 32 bytes (bottom up)
 *     if op ∈ {LD, ST, LDB}, registers valid and the address is in range:
 *       data proof                32-byte word at the address (LDB: at b / 32), then 27 siblings (bottom up)
 * </pre>
 * Nothing else, no trailing bytes. A proof's path is the address bits, least significant first: at
 * height h the node is node(cur, sibling) when bit h of the address is 0, else node(sibling, cur).
 * The verifier checks keccak256(preState) = preHash and both proofs against preState.memRoot, executes
 * the instruction, and for ST recomputes the root from the data proof's siblings with the new word. It
 * returns the post-state hash, or a rejection with its reason.
 */
package org.zkopml.vm;
