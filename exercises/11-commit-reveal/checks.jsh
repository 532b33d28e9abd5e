// Exercise 11 · staged checks.

Random random = new Random(11);
byte[] bytes(int n) { byte[] b = new byte[n]; random.nextBytes(b); return b; }
byte[] word(long v) { byte[] b = new byte[32]; for (int i = 0; i < 8; i++) b[31 - i] = (byte) (v >>> (8 * i)); return b; }
byte[] alice = bytes(20), bob = bytes(20);

stage(1, "reveal what you committed to", "reveal recomputes commitment(sender, value, salt) and compares with Arrays.equals (not ==)");
{
    byte[] salt = bytes(32), c = commitment(alice, word(2), salt);
    check(c != null && c.length == 32, "stage 1: a commitment is 32 bytes");
    check(reveal(c, alice, word(2), salt), "stage 1: the committed value reveals");
    check(!reveal(c, alice, word(3), salt), "stage 1: another value is refused");
}

stage(2, "hiding: a salt", "hash the salt too: without it, anyone tries the few possible values (rock, paper, scissors) and learns yours");
{
    byte[] s1 = bytes(32), s2 = bytes(32);
    check(!Arrays.equals(commitment(alice, word(1), s1), commitment(alice, word(1), s2)), "stage 2: the same value with two salts gives two commitments");
    check(!reveal(commitment(alice, word(1), s1), alice, word(1), s2), "stage 2: a wrong salt is refused");
}

stage(3, "bound to the sender", "hash the sender's address too: otherwise Bob copies Alice's commitment, waits for her reveal and replays it");
{
    byte[] salt = bytes(32), c = commitment(alice, word(1), salt);
    check(!reveal(c, bob, word(1), salt), "stage 3: Alice's commitment revealed by Bob is refused");
}

stage(4, "byte-exact with Solidity", "the order is sender (20 bytes), value (32), salt (32), nothing padded: Keccak256.hash(sender, value, salt)");
for (int i = 0; i < 10; i++) {
    byte[] s = bytes(32), v = word(i), who = bytes(20);
    byte[] packed = new byte[84];
    System.arraycopy(who, 0, packed, 0, 20); System.arraycopy(v, 0, packed, 20, 32); System.arraycopy(s, 0, packed, 52, 32);
    check(Arrays.equals(commitment(who, v, s), Keccak256.hash(packed)), "stage 4: keccak256(abi.encodePacked(sender, value, salt)) for value " + i);
}
