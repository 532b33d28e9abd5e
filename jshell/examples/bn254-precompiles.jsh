// Ethereum's BN254 precompiles (EIP-196/197) from JShell: ./kit jshell jshell/examples/bn254-precompiles.jsh
// (kit.jsh is loaded first, so Bn254Precompiles, G1, G2, Fr … are imported.)

byte[] g = Bn254Precompiles.encodeG1(G1.GENERATOR);                 // (1, 2) as two 32-byte words
byte[] three = new byte[32]; three[31] = 3;

// 0x07 ecMul: 3·G
byte[] threeG = Bn254Precompiles.ecMul(java.nio.ByteBuffer.allocate(96).put(g).put(three).array());
System.out.println("ecMul(G, 3)      = 0x" + hex(threeG));

// 0x06 ecAdd: G + 2G must be the same point
byte[] twoG = Bn254Precompiles.ecAdd(java.nio.ByteBuffer.allocate(128).put(g).put(g).array());
byte[] sum = Bn254Precompiles.ecAdd(java.nio.ByteBuffer.allocate(128).put(g).put(twoG).array());
System.out.println("ecAdd(G, 2G)     = 0x" + hex(sum));
check(Arrays.equals(sum, threeG), "ecAdd(G, 2G) = ecMul(G, 3)");

// 0x08 ecPairing: e(3G, H) · e(−G, 3H) = 1
byte[] h = Bn254Precompiles.encodeG2(G2.GENERATOR);
byte[] threeH = Bn254Precompiles.encodeG2(G2.GENERATOR.mul(Fr.of(3)));
byte[] input = java.nio.ByteBuffer.allocate(384).put(threeG).put(h)
        .put(Bn254Precompiles.encodeG1(G1.GENERATOR.neg())).put(threeH).array();
byte[] ok = Bn254Precompiles.ecPairing(input);
System.out.println("ecPairing(…)     = 0x" + hex(ok) + "   gas " + Bn254Precompiles.pairingGas(input.length));
check(ok[31] == 1, "e(3G, H) · e(−G, 3H) = 1");

// invalid input fails as in the EVM: pairing input must be a multiple of 192 bytes
String reason = "";
try { Bn254Precompiles.ecPairing(Arrays.copyOf(input, 200)); } catch (IllegalArgumentException e) { reason = e.getMessage(); }
System.out.println("rejected: " + reason);
check(reason.contains("192"), "a 200-byte pairing input is rejected");
