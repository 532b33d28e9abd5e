package org.zkopml.chain;

import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Int64;
import org.web3j.abi.datatypes.generated.Uint256;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The few ABI helpers the facades share (web3j's encoder and decoder underneath). */
final class Abi {
    private Abi() {}

    static String encode(String name, Type<?>... args) {
        return FunctionEncoder.encode(new Function(name, List.of(args), List.of()));
    }

    @SuppressWarnings("rawtypes")
    static List<Type> decode(String hex, List<TypeReference<?>> outputs) {
        List<TypeReference<Type>> refs = new ArrayList<>();
        for (TypeReference<?> r : outputs) {
            @SuppressWarnings("unchecked") TypeReference<Type> t = (TypeReference<Type>) r;
            refs.add(t);
        }
        return FunctionReturnDecoder.decode(hex, refs);
    }

    static Uint256 uint(long v) {
        return new Uint256(BigInteger.valueOf(v));
    }

    static Bytes32 bytes32(byte[] b) {
        if (b.length != 32) throw new IllegalArgumentException("a bytes32 is 32 bytes, got " + b.length);
        return new Bytes32(b.clone());
    }

    static DynamicArray<Int64> int64s(long[] values) {
        List<Int64> l = new ArrayList<>();
        for (long v : values) l.add(new Int64(v));
        return new DynamicArray<>(Int64.class, l);
    }

    static DynamicArray<Bytes32> hashes(List<org.zkopml.values.Bytes32> values) {
        List<Bytes32> l = new ArrayList<>();
        for (org.zkopml.values.Bytes32 v : values) l.add(new Bytes32(v.bytes()));
        return new DynamicArray<>(Bytes32.class, l);
    }

    static DynamicArray<Bytes32> bytes32s(List<byte[]> values) {
        List<Bytes32> l = new ArrayList<>();
        for (byte[] v : values) l.add(bytes32(v));
        return new DynamicArray<>(Bytes32.class, l);
    }
}
