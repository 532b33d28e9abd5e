package org.zkopml.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.zkopml.hash.Keccak256;
import org.zkopml.values.Bytes32;

/**
 * The canonical byte encoding of a {@link QuantizedModel} and the model commitment {@code Keccak-256} of those bytes:
 * the value a submitter posts on-chain and every circuit, VM program and dispute refers to. One encoding, fixed by
 * {@link #FORMAT_VERSION}; the six built-in recipes' commitments are pinned in the tests
 * ({@code model/recipe-commitments.txt}). The model's JSON is {@link ModelJson}'s.
 */
public final class ModelEncoding {
    /** The JSON and canonical-encoding format version this code reads and writes. */
    public static final int FORMAT_VERSION = 1;
    private static final byte[] MAGIC = "zkopml.model".getBytes(StandardCharsets.US_ASCII);

    private ModelEncoding() {}

    /**
     * The canonical byte encoding, big-endian throughout: ASCII {@code "zkopml.model"}, u32 version,
     * name (u32 length + UTF-8), u32 label count and each label, u32 scaleBits, u32 inputWidth,
     * u32 inputBits, u32 layer count, then per layer a tag byte and its payload:
     * <ul>
     *   <li>1 dense: u32 outputs, u32 inputs, the weights row by row as i64, the biases as i64;</li>
     *   <li>2 relu: nothing;</li>
     *   <li>3 requantize: u32 shift;</li>
     *   <li>4 tree: u32 inputWidth, u32 outputWidth, u32 node count, per node i32 feature, i64 threshold,
     *       i32 left, i32 right and, for a leaf (feature -1), outputWidth i64 values;</li>
     *   <li>5 argmax: nothing;</li>
     *   <li>6 embedding: the token table then the position table, each an int8 matrix: u32 rows, u32 cols,
     *       u32 shift, rows·cols bytes row-major;</li>
     *   <li>7 transformer block: u32 context, u32 heads, the first RMSNorm (u32 width, u32 shift, width bytes),
     *       W_q, W_k, W_v, W_o, the second RMSNorm, W_1, W_2 (int8 matrices as above);</li>
     *   <li>8 LM head: u32 context, the final RMSNorm, the unembedding matrix.</li>
     * </ul>
     */
    public static byte[] canonicalBytes(QuantizedModel m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(m, bytes);
        return bytes.toByteArray();
    }

    /** Writes {@link #canonicalBytes} of {@code m} to {@code sink} (so that a large model can be hashed as it is written). */
    public static void write(QuantizedModel m, OutputStream sink) {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(sink, 1 << 16))) {
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            writeString(out, m.name());
            out.writeInt(m.labels().size());
            for (String label : m.labels()) writeString(out, label);
            out.writeInt(m.scaleBits());
            out.writeInt(m.inputWidth());
            out.writeInt(m.inputBits());
            out.writeInt(m.layers().size());
            for (Layer layer : m.layers()) layer.accept(new CanonicalLayer(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one layer's tag and payload of {@link #canonicalBytes}. */
    private static final class CanonicalLayer implements Layer.Visitor<Void> {
        private final DataOutputStream out;

        CanonicalLayer(DataOutputStream out) {
            this.out = out;
        }

        private Void write(IoAction action) {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }

        @Override
        public Void visitDense(Dense d) {
            return write(() -> {
                out.writeByte(1);
                out.writeInt(d.outputs());
                out.writeInt(d.inputWidth());
                for (int j = 0; j < d.outputs(); j++) {
                    for (int i = 0; i < d.inputWidth(); i++) out.writeLong(d.weight(j, i));
                }
                for (int j = 0; j < d.outputs(); j++) out.writeLong(d.bias(j));
            });
        }

        @Override
        public Void visitRelu(Relu relu) {
            return write(() -> out.writeByte(2));
        }

        @Override
        public Void visitRequantize(Requantize q) {
            return write(() -> {
                out.writeByte(3);
                out.writeInt(q.shift());
            });
        }

        @Override
        public Void visitDecisionTree(DecisionTree t) {
            return write(() -> {
                out.writeByte(4);
                out.writeInt(t.inputWidth());
                out.writeInt(t.outputWidth());
                out.writeInt(t.nodes().size());
                for (TreeNode n : t.nodes()) {
                    out.writeInt(n.feature());
                    out.writeLong(n.threshold());
                    out.writeInt(n.left());
                    out.writeInt(n.right());
                    if (n.isLeaf()) for (int i = 0; i < t.outputWidth(); i++) out.writeLong(n.leafValue(i));
                }
            });
        }

        @Override
        public Void visitArgmax(Argmax argmax) {
            return write(() -> out.writeByte(5));
        }

        @Override
        public Void visitEmbedding(Embedding e) {
            return write(() -> {
                out.writeByte(6);
                matrix(out, e.tokens());
                matrix(out, e.positions());
            });
        }

        @Override
        public Void visitTransformerBlock(TransformerBlock b) {
            return write(() -> {
                out.writeByte(7);
                out.writeInt(b.context());
                out.writeInt(b.attention().heads());
                norm(out, b.attentionNorm());
                matrix(out, b.attention().query());
                matrix(out, b.attention().key());
                matrix(out, b.attention().value());
                matrix(out, b.attention().output());
                norm(out, b.mlpNorm());
                matrix(out, b.mlp().up());
                matrix(out, b.mlp().down());
            });
        }

        @Override
        public Void visitLmHead(LmHead h) {
            return write(() -> {
                out.writeByte(8);
                out.writeInt(h.context());
                norm(out, h.norm());
                matrix(out, h.unembedding());
            });
        }

        private static void matrix(DataOutputStream out, Int8Matrix m) throws IOException {
            out.writeInt(m.rows());
            out.writeInt(m.cols());
            out.writeInt(m.shift());
            java.nio.ByteBuffer v = m.view();
            byte[] chunk = new byte[1 << 16];
            while (v.hasRemaining()) {
                int n = Math.min(chunk.length, v.remaining());
                v.get(chunk, 0, n);
                out.write(chunk, 0, n);
            }
        }

        private static void norm(DataOutputStream out, RmsNorm n) throws IOException {
            out.writeInt(n.width());
            out.writeInt(n.shift());
            out.write(n.gain());
        }

        /** A write that may throw IOException. */
        private interface IoAction {
            void run() throws IOException;
        }
    }

    /** The model commitment {@code Keccak-256(canonicalBytes(m))}, the value posted on-chain. */
    public static Bytes32 commitment(QuantizedModel m) {
        Keccak256.Sink sink = Keccak256.sink();
        write(m, sink);
        return Bytes32.of(sink.digest());
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
