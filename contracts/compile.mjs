// Compiles every contracts/src/*.sol with solc-js through its standard-JSON interface, so that the EVM
// version and the optimizer are set explicitly (the solcjs command line cannot set them), and writes
// one build/<Contract>.json per contract: {contract, source, abi, bytecode, deployedBytecode, solc,
// evmVersion, optimizer}. Skips the work when every output is newer than every source and this script.
// Usage: node compile.mjs [--force]
//        node compile.mjs --stdin-many   compiles Solidity sources given at run time (e.g. verifiers generated
//        from keys) with the same settings, in one solc load: stdin is a JSON array of {name, source}; stdout a
//        JSON array of {contract, abi, bytecode, deployedBytecode, solc, evmVersion, optimizer}, one per source
//        in the same order (contract `name` of that source); errors on stderr, exit 1.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import solc from 'solc';

const here = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(here, 'src');
const buildDir = path.join(here, 'build');
const EVM_VERSION = 'cancun';          // Hardhat 2.29's default hardfork is Prague; Cancun opcodes suffice here
const OPTIMIZER = { enabled: true, runs: 200 };

if (process.argv[2] === '--stdin-many') {
  const units = JSON.parse(fs.readFileSync(0, 'utf8'));
  const out = JSON.parse(solc.compile(JSON.stringify({
    language: 'Solidity',
    sources: Object.fromEntries(units.map((u, i) => [`${i}/${u.name}.sol`, { content: u.source }])),
    settings: { evmVersion: EVM_VERSION, optimizer: OPTIMIZER, viaIR: false,
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } } },
  })));
  const errs = (out.errors ?? []).filter(e => e.severity === 'error');
  if (errs.length > 0) { for (const e of errs) console.error(e.formattedMessage ?? e.message); process.exit(1); }
  process.stdout.write(JSON.stringify(units.map((u, i) => {
    const c = out.contracts?.[`${i}/${u.name}.sol`]?.[u.name];
    if (!c) { console.error(`compile.mjs --stdin-many: no contract ${u.name} in source ${i}`); process.exit(1); }
    return { contract: u.name, abi: c.abi, bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object, solc: solc.version(), evmVersion: EVM_VERSION, optimizer: OPTIMIZER };
  })) + '\n', () => process.exit(0));   // exit only once the pipe has taken everything
} else {


  const sources = fs.readdirSync(srcDir).filter(f => f.endsWith('.sol')).sort();
  if (sources.length === 0) { console.error(`compile.mjs: no .sol file in ${srcDir}`); process.exit(1); }

  const stamp = path.join(buildDir, '.stamp');
  const newest = Math.max(fs.statSync(fileURLToPath(import.meta.url)).mtimeMs,
    ...sources.map(f => fs.statSync(path.join(srcDir, f)).mtimeMs));
  if (!process.argv.includes('--force') && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newest) {
    process.exit(0);
  }

  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(sources.map(f => [f, { content: fs.readFileSync(path.join(srcDir, f), 'utf8') }])),
    settings: {
      evmVersion: EVM_VERSION,
      optimizer: OPTIMIZER,
      viaIR: false,
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const problems = output.errors ?? [];
  for (const e of problems) console.error(e.formattedMessage ?? e.message);
  if (problems.some(e => e.severity === 'error')) process.exit(1);

  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.mkdirSync(buildDir, { recursive: true });
  let count = 0;
  for (const [source, contracts] of Object.entries(output.contracts)) {
    for (const [name, c] of Object.entries(contracts)) {
      if (!c.evm.bytecode.object || c.abi.length === 0) continue; // interfaces, internal libraries
      fs.writeFileSync(path.join(buildDir, `${name}.json`), JSON.stringify({
        contract: name, source, abi: c.abi,
        bytecode: '0x' + c.evm.bytecode.object, deployedBytecode: '0x' + c.evm.deployedBytecode.object,
        solc: solc.version(), evmVersion: EVM_VERSION, optimizer: OPTIMIZER,
      }, null, 1) + '\n');
      count++;
    }
  }
  fs.writeFileSync(stamp, new Date().toISOString() + '\n');
  console.error(`compile.mjs: ${count} contracts from ${sources.length} sources with solc ${solc.version()} (evm ${EVM_VERSION}, optimizer runs ${OPTIMIZER.runs}) -> build/`);
}
