package org.zkopml.chain;

import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.MnemonicUtils;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.FastRawTransactionManager;
import org.web3j.tx.response.NoOpProcessor;
import org.web3j.utils.Numeric;
import org.zkopml.values.Verdict;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON-RPC client of an Ethereum endpoint with funded accounts: by default of a local {@link HardhatNode} that
 * {@link #start()} starts and {@link #close()} stops. With {@code KIT_RPC_URL} set (and {@code KIT_PRIVATE_KEY}: one or
 * more comma-separated hex keys, the first deploys, the next ones play the parties), {@link #open()} connects to that
 * endpoint instead — how a class moves to a public testnet.
 *
 * <p>Transactions are signed here (EIP-155, legacy gas price), sent, and their receipts read: every gas
 * figure of the kit comes from a {@link Receipt}. A reverted transaction throws a {@link ChainException}
 * carrying the contract's revert reason.
 */
public final class LocalChain implements AutoCloseable {
    /** Hardhat's default mnemonic; its accounts m/44'/60'/0'/0/i are funded with 10,000 ETH. Public, for local use only. */
    public static final String HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";
    /** Gas limit of every transaction (a Hardhat block holds 30 M). */
    public static final BigInteger GAS_LIMIT = BigInteger.valueOf(12_000_000);

    private static final Pattern REVERT_DATA = Pattern.compile("0x08c379a0[0-9a-fA-F]*");
    private static final Pattern REASON_STRING = Pattern.compile("reverted with reason string '(.*)'");

    private final HardhatNode node;
    private final HttpService http;
    private final Web3j web3j;
    private final String url;
    private final long chainId;
    private final List<Credentials> accounts;
    private final Map<String, FastRawTransactionManager> managers = new HashMap<>();

    private LocalChain(HardhatNode node, String url, List<Credentials> accounts) {
        this.node = node;
        this.url = url;
        this.http = new HttpService(url);
        this.web3j = Web3j.build(http);
        this.accounts = List.copyOf(accounts);
        try {
            this.chainId = web3j.ethChainId().send().getChainId().longValueExact();
        } catch (IOException | RuntimeException e) {
            close();
            throw new ChainException("no JSON-RPC answer from " + url + ": " + e.getMessage(), false);
        }
    }

    /** {@link #connect} to {@code KIT_RPC_URL} when it is set, else {@link #start()} a local node. */
    public static LocalChain open() {
        String rpc = System.getenv("KIT_RPC_URL");
        if (rpc == null || rpc.isBlank()) return start();
        String keys = System.getenv("KIT_PRIVATE_KEY");
        if (keys == null || keys.isBlank()) throw new IllegalStateException("KIT_RPC_URL is set but KIT_PRIVATE_KEY is not (comma-separated hex private keys)");
        List<Credentials> creds = new ArrayList<>();
        for (String k : keys.split(",")) creds.add(Credentials.create(k.trim()));
        return connect(rpc, creds);
    }

    /** Connects to a running endpoint, signing with {@code accounts}; {@link #close()} then stops nothing. */
    public static LocalChain connect(String url, List<Credentials> accounts) {
        if (accounts.isEmpty()) throw new IllegalArgumentException("at least one account is needed");
        return new LocalChain(null, url, accounts);
    }

    /** Starts a {@link HardhatNode} on a free 127.0.0.1 port and connects to it with its funded accounts. */
    public static LocalChain start() {
        return start(0);
    }

    /** {@link #start()} on a given 127.0.0.1 port (0: a free one, chosen now). */
    public static LocalChain start(int fixedPort) {
        HardhatNode node = HardhatNode.start(fixedPort);
        return new LocalChain(node, node.url(), hardhatAccounts(10));   // on failure, the constructor closes the node
    }

    /** The first {@code n} accounts of {@link #HARDHAT_MNEMONIC} (BIP-32 path m/44'/60'/0'/0/i). */
    public static List<Credentials> hardhatAccounts(int n) {
        Bip32ECKeyPair master = Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(HARDHAT_MNEMONIC, ""));
        List<Credentials> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] path = {44 | Bip32ECKeyPair.HARDENED_BIT, 60 | Bip32ECKeyPair.HARDENED_BIT, Bip32ECKeyPair.HARDENED_BIT, 0, i};
            out.add(Credentials.create(Bip32ECKeyPair.deriveKeyPair(master, path)));
        }
        return out;
    }

    /** The endpoint's URL. */
    public String url() {
        return url;
    }

    /** Whether this object runs the node (and may move its clock). */
    public boolean local() {
        return node != null;
    }

    /** The node's process when this object runs one (for checks that it stops). */
    Optional<ProcessHandle> nodeProcess() {
        return Optional.ofNullable(node).map(HardhatNode::process);
    }

    /** The chain id (31337 for the local node). */
    public long chainId() {
        return chainId;
    }

    /** The web3j client, for anything the facades do not cover. */
    public Web3j web3j() {
        return web3j;
    }

    /** Account {@code i}: 0 deploys and requests, 1 and 2 are the parties by convention. */
    public Credentials account(int i) {
        if (i < 0 || i >= accounts.size()) throw new IllegalArgumentException("account " + i + " of " + accounts.size());
        return accounts.get(i);
    }

    /** The number of accounts. */
    public int accounts() {
        return accounts.size();
    }

    /** Deploys {@code artifact} with ABI-encoded constructor arguments (hex, may be empty); its address and receipt. */
    public Deployment deploy(Credentials from, Artifact artifact, String constructorArgs) {
        Receipt r = transact(from, null, artifact.bytecode() + Numeric.cleanHexPrefix(constructorArgs), BigInteger.ZERO);
        return new Deployment(artifact.name(), r.to(), r);
    }

    /**
     * A deployed contract.
     *
     * @param name    the contract's name
     * @param address its address
     * @param receipt the deployment's receipt (its gas is the deployment cost)
     */
    public record Deployment(String name, String address, Receipt receipt) {}

    /** Signs and sends a call of {@code to} with {@code data} and {@code value} wei; its receipt, or the revert reason as a {@link ChainException}. */
    public Receipt send(Credentials from, String to, String data, BigInteger value) {
        return transact(from, to, data, value);
    }

    private Receipt transact(Credentials from, String to, String data, BigInteger value) {
        FastRawTransactionManager m = managers.computeIfAbsent(from.getAddress(),
                a -> new FastRawTransactionManager(web3j, from, chainId, new NoOpProcessor(web3j)));
        EthSendTransaction sent;
        try {
            BigInteger gasPrice = web3j.ethGasPrice().send().getGasPrice();
            sent = to == null ? m.sendTransaction(gasPrice, GAS_LIMIT, null, data, value, true)
                    : m.sendTransaction(gasPrice, GAS_LIMIT, to, data, value);
        } catch (IOException e) {
            throw new ChainException("sending a transaction to " + url + " failed: " + e.getMessage(), false);
        }
        if (sent.hasError()) {
            resetNonce(m);
            Response.Error e = sent.getError();
            Optional<String> reason = revertReason(e);
            throw new ChainException(reason.orElse(e.getMessage()), reason.isPresent() || e.getMessage().contains("revert"));
        }
        TransactionReceipt r = receipt(sent.getTransactionHash());
        if (!r.isStatusOK()) {
            String reason = replayReason(from.getAddress(), to, data, value, r.getBlockNumber());
            throw new ChainException(reason, true);
        }
        BigInteger price = r.getEffectiveGasPrice() == null ? BigInteger.ZERO : Numeric.decodeQuantity(r.getEffectiveGasPrice());
        String target = to == null ? r.getContractAddress() : to;
        return new Receipt(r.getTransactionHash(), r.getBlockNumber().longValueExact(), r.getGasUsed().longValueExact(),
                r.getGasUsed().multiply(price), target);
    }

    private static void resetNonce(FastRawTransactionManager m) {
        try {
            m.resetNonce();
        } catch (IOException e) {
            throw new ChainException("cannot read the account's nonce: " + e.getMessage(), false);
        }
    }

    private TransactionReceipt receipt(String hash) {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        try {
            long sleep = 2;
            while (System.nanoTime() < until) {
                Optional<TransactionReceipt> r = web3j.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
                if (r.isPresent()) return r.get();
                Thread.sleep(sleep);
                sleep = Math.min(1_000, sleep * 2);
            }
        } catch (IOException e) {
            throw new ChainException("reading the receipt of " + hash + " failed: " + e.getMessage(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChainException("interrupted while waiting for " + hash, false);
        }
        throw new ChainException("no receipt for " + hash + " after 10 minutes", false);
    }

    private String replayReason(String from, String to, String data, BigInteger value, BigInteger block) {
        try {
            EthCall c = web3j.ethCall(Transaction.createFunctionCallTransaction(from, null, null, GAS_LIMIT, to, value, data),
                    new org.web3j.protocol.core.DefaultBlockParameterNumber(block.subtract(BigInteger.ONE))).send();
            if (c.hasError()) return revertReason(c.getError()).orElse(c.getError().getMessage());
        } catch (IOException e) {
            // fall through: the receipt's status is all we know
        }
        return "reverted (status 0, no reason)";
    }

    /** An {@code eth_call} of {@code to} with {@code data} at the latest block: the returned bytes (hex), or the revert reason as a {@link ChainException}. */
    public String call(String to, String data) {
        try {
            return callResult(web3j.ethCall(Transaction.createEthCallTransaction(account(0).getAddress(), to, data), DefaultBlockParameterName.LATEST).send())
                    .orElseThrow();
        } catch (IOException e) {
            throw new ChainException("eth_call to " + url + " failed: " + e.getMessage(), false);
        }
    }

    /** Many {@code eth_call}s of {@code to} in JSON-RPC batches: for each, the returned bytes (hex) or the revert reason. */
    public List<Verdict<String>> callAll(String to, List<String> data) {
        List<Verdict<String>> out = new ArrayList<>();
        for (int from = 0; from < data.size(); from += 100) {
            BatchRequest batch = web3j.newBatch();
            for (String d : data.subList(from, Math.min(data.size(), from + 100))) {
                batch.add(web3j.ethCall(Transaction.createEthCallTransaction(account(0).getAddress(), to, d), DefaultBlockParameterName.LATEST));
            }
            try {
                for (Response<?> r : batch.send().getResponses()) out.add(callResult((EthCall) r));
            } catch (IOException e) {
                throw new ChainException("batched eth_call to " + url + " failed: " + e.getMessage(), false);
            }
        }
        return out;
    }

    private static Verdict<String> callResult(EthCall c) {
        if (c.hasError()) {
            Optional<String> reason = revertReason(c.getError());
            if (reason.isEmpty() && !c.getError().getMessage().contains("revert")) {
                throw new ChainException("eth_call failed: " + c.getError().getMessage(), false);
            }
            return Verdict.reject(reason.orElse(c.getError().getMessage()));
        }
        return Verdict.accept(c.getValue(), "returned");
    }

    /** The revert reason in a JSON-RPC error: Error(string) in its data, or Hardhat's message. */
    static Optional<String> revertReason(Response.Error e) {
        String data = e.getData() == null ? "" : e.getData();
        Matcher m = REVERT_DATA.matcher(data);
        if (m.find()) {
            String hex = m.group().substring(10);
            if (hex.length() >= 128) {
                BigInteger len = new BigInteger(hex.substring(64, 128), 16);
                if (len.compareTo(BigInteger.valueOf(hex.length() / 2)) <= 0) {
                    int n = len.intValueExact();
                    if (hex.length() >= 128 + 2 * n) {
                        return Optional.of(new String(Numeric.hexStringToByteArray(hex.substring(128, 128 + 2 * n)), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        Matcher r = REASON_STRING.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (r.find()) return Optional.of(r.group(1));
        return Optional.empty();
    }

    /** An account's balance in wei at the latest block. */
    public BigInteger balance(String address) {
        try {
            return web3j.ethGetBalance(address, DefaultBlockParameterName.LATEST).send().getBalance();
        } catch (IOException e) {
            throw new ChainException("eth_getBalance failed: " + e.getMessage(), false);
        }
    }

    /** The latest block's timestamp (seconds). */
    public long timestamp() {
        try {
            return web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock().getTimestamp().longValueExact();
        } catch (IOException e) {
            throw new ChainException("eth_getBlockByNumber failed: " + e.getMessage(), false);
        }
    }

    /** Moves the node's clock forward by {@code seconds} and mines a block ({@code evm_increaseTime}, {@code evm_mine}; local node only). */
    public void advanceTime(long seconds) {
        if (!local()) throw new IllegalStateException("only a local node's clock can be moved; on " + url + " wait for real time to pass");
        rpc("evm_increaseTime", List.of(seconds));
        rpc("evm_mine", List.of());
    }

    private void rpc(String method, List<?> params) {
        try {
            Response<?> r = new Request<>(method, params, http, Response.class).send();
            if (r.hasError()) throw new ChainException(method + ": " + r.getError().getMessage(), false);
        } catch (IOException e) {
            throw new ChainException(method + " failed: " + e.getMessage(), false);
        }
    }

    /** Stops the node (when this object started it) and closes the connection. */
    @Override
    public void close() {
        if (web3j != null) web3j.shutdown();
        if (node != null) node.close();
    }
}
