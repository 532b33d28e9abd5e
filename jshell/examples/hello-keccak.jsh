// Keccak-256 as Ethereum computes it, and the machine it ran on.
// Run: ./kit jshell jshell/examples/hello-keccak.jsh
System.out.println(Machine.current().summary());

byte[] empty = Keccak256.hash(new byte[0]);
System.out.println("keccak256(\"\") = 0x" + hex(empty));
check(hex(empty).equals("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
      "Keccak-256 of the empty string is Ethereum's well-known constant");

Measurement m = Stopwatch.measure("keccak256(32 bytes)", () -> Keccak256.hash(new byte[32]));
System.out.println(m);
check(m.operationsPerSecond() > 0, "the hash rate was measured");
