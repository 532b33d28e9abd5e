// The Hardhat node of org.zkopml.chain.LocalChain and ./kit chain node: `node node.cjs HOST PORT`.
// It exits when its standard input closes, i.e. when the Java process that started it (and holds the
// other end of the pipe) is gone, however that process ended — even by kill -9, when no shutdown hook runs.
const hostname = process.argv[2] ?? '127.0.0.1';
const port = Number(process.argv[3] ?? 8545);
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
const hre = require('hardhat');
hre.run('node', { hostname, port }).catch(e => {
  console.error(e);
  process.exit(1);
});
