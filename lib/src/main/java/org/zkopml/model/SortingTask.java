package org.zkopml.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The language of {@code gpt-tiny}: sorting five distinct digits, written as characters, e.g. {@code 31594>13459}.
 * A prompt is a prefix that ends at the {@code >} or inside the sorted half, left-padded with {@code .} to the
 * context of T = {@value #CONTEXT} tokens; its next token is the next sorted digit. The problems are the file
 * {@code datasets/sort5.csv} (shipped in the jar), made by {@link #generate} from seed {@value #SEED}: distinct
 * problems, the first {@value #TRAIN} for training, the last {@value #TEST} held out.
 */
public final class SortingTask {
    /** The vocabulary: {@code .} (padding), the digits, {@code >}. Token id = index in this string. */
    public static final String VOCABULARY = ".0123456789>";
    /** Digits per problem. */
    public static final int DIGITS = 5;
    /** The context T: the longest prompt, five digits, {@code >} and four sorted digits. */
    public static final int CONTEXT = 2 * DIGITS;
    /** The seed of {@code sort5.csv}. */
    public static final long SEED = 20231122L;
    /** Training problems. */
    public static final int TRAIN = 4032;
    /** Held-out problems. */
    public static final int TEST = 64;
    /** The dataset's file name. */
    public static final String FILE = "sort5.csv";

    private final List<String> problems;

    private SortingTask(List<String> problems) {
        this.problems = List.copyOf(problems);
    }

    /** The shipped dataset. */
    public static SortingTask load() {
        try (InputStream in = SortingTask.class.getResourceAsStream("datasets/" + FILE)) {
            if (in == null) throw new IllegalStateException("dataset resource " + FILE + " is missing from the class path");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
    }

    /** Parses the CSV text ({@code input,sorted} header, then one problem per line); errors name the line. */
    public static SortingTask parse(String text, String source) {
        List<String> out = new ArrayList<>();
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals("input,sorted")) throw new IllegalArgumentException(source + ":1: expected the header input,sorted");
        for (int n = 1; n < lines.size(); n++) {
            String[] f = lines.get(n).split(",", -1);
            if (f.length != 2 || !valid(f[0]) || !f[1].equals(sorted(f[0]))) {
                throw new IllegalArgumentException(source + ":" + (n + 1) + ": expected five distinct digits and their sorted order, got \"" + lines.get(n) + "\"");
            }
            out.add(f[0]);
        }
        if (out.size() != TRAIN + TEST) throw new IllegalArgumentException(source + ": expected " + (TRAIN + TEST) + " problems, got " + out.size());
        return new SortingTask(out);
    }

    private static boolean valid(String s) {
        return s.length() == DIGITS && s.chars().allMatch(Character::isDigit) && s.chars().distinct().count() == DIGITS;
    }

    /** The digits in ascending order. */
    public static String sorted(String digits) {
        char[] c = digits.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    /** The dataset's text, made from {@code seed}: distinct problems, each a uniformly random arrangement of five distinct digits. */
    public static String generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> seen = new LinkedHashSet<>();
        while (seen.size() < TRAIN + TEST) {
            char[] d = "0123456789".toCharArray();
            for (int i = 0; i < DIGITS; i++) {
                int j = i + random.nextInt(10 - i);
                char t = d[i];
                d[i] = d[j];
                d[j] = t;
            }
            seen.add(new String(d, 0, DIGITS));
        }
        StringBuilder sb = new StringBuilder("input,sorted\n");
        for (String s : seen) sb.append(s).append(',').append(sorted(s)).append('\n');
        return sb.toString();
    }

    /** The labels of the vocabulary, one string per token id. */
    public static List<String> labels() {
        List<String> l = new ArrayList<>();
        for (char c : VOCABULARY.toCharArray()) l.add(String.valueOf(c));
        return l;
    }

    /** Token ids of a text over the vocabulary. */
    public static int[] encode(String text) {
        int[] ids = new int[text.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = VOCABULARY.indexOf(text.charAt(i));
            if (ids[i] < 0) throw new IllegalArgumentException("character '" + text.charAt(i) + "' is not in the vocabulary " + VOCABULARY);
        }
        return ids;
    }

    /** The text of token ids. */
    public static String decode(long[] ids) {
        StringBuilder sb = new StringBuilder();
        for (long id : ids) sb.append(VOCABULARY.charAt((int) id));
        return sb.toString();
    }

    /** A prompt text left-padded with {@code .} to T tokens. */
    public static int[] pad(String prompt) {
        if (prompt.length() > CONTEXT) throw new IllegalArgumentException("a prompt has at most " + CONTEXT + " tokens, got " + prompt.length());
        return encode(".".repeat(CONTEXT - prompt.length()) + prompt);
    }

    /**
     * One prompt and the token that follows it.
     *
     * @param text   the unpadded prompt, e.g. {@code 31594>13}
     * @param ids    its T token ids, left-padded
     * @param target the next token's id
     */
    public record Example(String text, int[] ids, int target) {
        /** The ids as the integer model's input. */
        public long[] input() {
            long[] x = new long[ids.length];
            for (int i = 0; i < x.length; i++) x[i] = ids[i];
            return x;
        }
    }

    /** The five examples of one problem: prefixes up to {@code >} and each sorted digit but the last. */
    public static List<Example> examples(String digits) {
        String full = digits + ">" + sorted(digits);
        List<Example> out = new ArrayList<>();
        for (int k = DIGITS + 1; k < full.length(); k++) {
            String prompt = full.substring(0, k);
            out.add(new Example(prompt, pad(prompt), VOCABULARY.indexOf(full.charAt(k))));
        }
        return out;
    }

    /** Every training example ({@value #TRAIN} problems × 5). */
    public List<Example> train() {
        return examplesOf(problems.subList(0, TRAIN));
    }

    /** Every held-out example ({@value #TEST} problems × 5): the test prompts. */
    public List<Example> test() {
        return examplesOf(problems.subList(TRAIN, TRAIN + TEST));
    }

    private static List<Example> examplesOf(List<String> ps) {
        List<Example> out = new ArrayList<>();
        for (String p : ps) out.addAll(examples(p));
        return out;
    }
}
