// The local node the kit starts (org.zkopml.chain.LocalChain, ./kit chain node): Hardhat Network with
// its default funded accounts (mnemonic "test test … junk", path m/44'/60'/0'/0/i), chain id 31337,
// automining (one block per transaction). Contracts are compiled by compile.mjs, not by Hardhat.
module.exports = {
  solidity: '0.8.37',
  networks: {
    hardhat: {
      chainId: 31337,
      hardfork: 'cancun',
      accounts: { count: 10 },
    },
  },
};
