// Exercise 11 · Commit–reveal with Keccak-256. See README.md for the task.
// Run: ./kit exercise 11-commit-reveal

byte[] commitment(byte[] sender, byte[] value, byte[] salt) {
    // TODO: keccak256(sender ‖ value ‖ salt)
    throw new UnsupportedOperationException("TODO: write commitment(sender, value, salt)");
}

boolean reveal(byte[] commitment, byte[] sender, byte[] value, byte[] salt) {
    // TODO: recompute and compare
    throw new UnsupportedOperationException("TODO: write reveal(commitment, sender, value, salt)");
}
