package org.zkopml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kit's source conventions as checks over plain source text (no parser, no dependency): the package
 * layering of design.md §1, a {@code package-info.java} with a javadoc in every package, and a javadoc
 * on every public top-level type. Each check takes in-memory {@link Source}s, so it can be tested on
 * hand-written snippets as well as run over {@code lib/src/main/java}.
 */
final class ArchitectureRules {
    private ArchitectureRules() {}

    /**
     * Which packages under {@code org.zkopml} each package may reference (imports, static imports and
     * fully-qualified names in code; comments and string literals do not count).
     *
     * <p>From design.md: "a package never imports one to its right" in
     * {@code hash, field → curve → pairing → poly → commit, transcript → sigma, r1cs → groth16, sumcheck},
     * so each zk package may use every package to its left; peers ({@code commit}/{@code transcript},
     * {@code sigma}/{@code r1cs}, {@code groth16}/{@code sumcheck}) do not use each other. The opML side
     * {@code model → vm → dispute} may use {@code hash} (Keccak-256), {@code commit} (Merkle trees) and
     * {@code transcript}, and nothing else of the zk side. {@code sumcheck} may also read {@code model} (its
     * whole-model proof takes a quantized model and its integer trace); nothing of the zk side uses it otherwise. {@code lab} (the notebooks' bench: machine,
     * timing, charts) uses no protocol package, and only {@code cli} (and notebooks) use it.
     * {@code chain} sits on every protocol package; {@code cli} on everything; nothing uses {@code cli}
     * or {@code chain}. A package missing from this table is itself a violation: a new package must be
     * placed in the layering explicitly.
     */
    static final Map<String, Set<String>> ALLOWED = allowed();

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> a = new TreeMap<>();
        a.put("values", Set.of());
        a.put("hash", Set.of());
        a.put("field", Set.of("hash"));
        a.put("curve", Set.of("hash", "field"));
        a.put("pairing", Set.of("hash", "field", "curve"));
        a.put("poly", Set.of("hash", "field", "curve", "pairing"));
        a.put("commit", Set.of("hash", "field", "curve", "pairing", "poly"));
        a.put("transcript", Set.of("hash", "field", "curve", "pairing", "poly"));
        a.put("sigma", Set.of("hash", "field", "curve", "pairing", "poly", "commit", "transcript"));
        a.put("r1cs", Set.of("hash", "field", "curve", "pairing", "poly", "commit", "transcript"));
        a.put("groth16", Set.of("hash", "field", "curve", "pairing", "poly", "commit", "transcript", "sigma", "r1cs"));
        a.put("sumcheck", Set.of("hash", "field", "curve", "pairing", "poly", "commit", "transcript", "sigma", "r1cs", "model"));
        a.put("model", Set.of("hash", "commit", "transcript"));
        a.put("vm", Set.of("hash", "commit", "transcript", "model"));
        a.put("dispute", Set.of("hash", "commit", "transcript", "model", "vm"));
        a.put("lab", Set.of());
        // values (Bytes32, Verdict) sits below everything: every package may use it.
        for (Map.Entry<String, Set<String>> e : a.entrySet()) {
            if (e.getKey().equals("values")) continue;
            Set<String> with = new TreeSet<>(e.getValue());
            with.add("values");
            e.setValue(Set.copyOf(with));
        }
        Set<String> protocol = new TreeSet<>(a.keySet());
        protocol.remove("lab");
        a.put("chain", Set.copyOf(protocol));
        Set<String> everything = new TreeSet<>(protocol);
        everything.add("lab");
        everything.add("chain");
        a.put("cli", Set.copyOf(everything));
        return Map.copyOf(a);
    }

    /**
     * Known violations of {@link #ALLOWED}, as {@code "path -> package"}, each with its reason. A known
     * violation that no longer occurs is itself reported, so this list cannot go stale.
     */
    static final Set<String> KNOWN_VIOLATIONS = Set.of(
            // EIP-197's ecPairing precompile (0x08) lives in curve.Bn254Precompiles next to 0x06/0x07 and calls
            // pairing.Bn254Pairing: curve → pairing points right. Fix: move the precompiles to pairing
            // (or a package after it). Owned by the crypto branch.
            "org/zkopml/curve/Bn254Precompiles.java -> pairing");

    /** A source file: its path under the source root ({@code org/zkopml/vm/Vm.java}) and its text. */
    record Source(String path, String text) {}

    /** One broken rule: where (file and line, 0 when the whole file) and what. */
    record Violation(String path, int line, String rule) {
        @Override
        public String toString() {
            return path + (line > 0 ? ":" + line : "") + ": " + rule;
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\s*\\.\\s*zkopml\\s*\\.\\s*([a-z_][a-z0-9_]*)\\s*\\.");
    private static final Pattern TYPE_HEADER = Pattern.compile(
            "^((?:(?:public|protected|private|abstract|final|static|strictfp|sealed|non-sealed)\\s+)*)"
                    + "(class|interface|enum|record|@\\s*interface)\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern ANNOTATIONS = Pattern.compile(
            "^(?:\\s*@\\s*(?!interface\\b)[\\w.]+(?:\\s*\\((?:[^()]|\\([^()]*\\))*\\))?)*");

    /** Layering: every reference from a file's package to another {@code org.zkopml} package must be allowed. */
    static List<Violation> layering(List<Source> sources, Map<String, Set<String>> allowed, Set<String> known) {
        List<Violation> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Source s : sources) {
            Masked m = Masked.of(s.text());
            String own = kitPackage(m.code(), s.path());
            if (own == null) {
                out.add(new Violation(s.path(), 0, "layering: not in a package org.zkopml.<name>"));
                continue;
            }
            if (!allowed.containsKey(own)) {
                out.add(new Violation(s.path(), 0, "layering: package " + own + " is not in the layering table"));
                continue;
            }
            Set<String> reportedLines = new TreeSet<>();
            Matcher r = REFERENCE.matcher(m.code());
            while (r.find()) {
                String target = r.group(1);
                if (target.equals(own)) continue;
                String key = s.path() + " -> " + target;
                if (allowed.get(own).contains(target)) continue;
                if (known.contains(key)) {
                    seen.add(key);
                    continue;
                }
                int line = m.line(r.start());
                if (!reportedLines.add(line + " " + target)) continue;
                out.add(new Violation(s.path(), line, allowed.containsKey(target)
                        ? "layering: " + own + " must not use " + target + " (allowed: " + new TreeSet<>(allowed.get(own)) + ")"
                        : "layering: " + own + " uses " + target + ", which is not in the layering table"));
            }
        }
        for (String k : new TreeSet<>(known)) {
            if (!seen.contains(k)) {
                out.add(new Violation(k.substring(0, k.indexOf(" -> ")), 0,
                        "layering: known violation '" + k + "' no longer occurs: remove it from KNOWN_VIOLATIONS"));
            }
        }
        return out;
    }

    /** Every directory holding Java sources has a {@code package-info.java} that starts with a javadoc. */
    static List<Violation> packageInfo(List<Source> sources) {
        Map<String, Source> infos = new TreeMap<>();
        Set<String> dirs = new TreeSet<>();
        for (Source s : sources) {
            String dir = directory(s.path());
            dirs.add(dir);
            if (s.path().endsWith("/package-info.java") || s.path().equals("package-info.java")) infos.put(dir, s);
        }
        List<Violation> out = new ArrayList<>();
        for (String dir : dirs) {
            Source info = infos.get(dir);
            if (info == null) {
                out.add(new Violation(dir + "/package-info.java", 0, "package-info: missing"));
                continue;
            }
            Masked m = Masked.of(info.text());
            Matcher p = PACKAGE.matcher(m.code());
            if (!p.find()) {
                out.add(new Violation(info.path(), 0, "package-info: no package declaration"));
            } else if (m.docBefore(0, p.start()) == null) {
                out.add(new Violation(info.path(), m.line(p.start()), "package-info: no javadoc before the package declaration"));
            }
        }
        return out;
    }

    /** Every public top-level type has a non-empty javadoc right before it (annotations may sit between). */
    static List<Violation> typeJavadoc(List<Source> sources) {
        List<Violation> out = new ArrayList<>();
        for (Source s : sources) {
            Masked m = Masked.of(s.text());
            String code = m.code();
            int depth = 0;
            int boundary = 0;
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '{') {
                    if (depth == 0) checkHeader(s, m, boundary, i, out);
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (depth == 0) boundary = i + 1;
                } else if (c == ';' && depth == 0) {
                    boundary = i + 1;
                }
            }
        }
        return out;
    }

    private static void checkHeader(Source s, Masked m, int from, int to, List<Violation> out) {
        String header = m.code().substring(from, to);
        Matcher a = ANNOTATIONS.matcher(header);
        int afterAnnotations = a.lookingAt() ? a.end() : 0;
        String rest = header.substring(afterAnnotations).stripLeading();
        Matcher t = TYPE_HEADER.matcher(rest);
        if (!t.find() || !t.group(1).matches("(?s).*\\bpublic\\b.*")) return;
        int start = from + (header.length() - header.stripLeading().length());
        if (m.docBefore(from, start) == null) {
            out.add(new Violation(s.path(), m.line(from + header.indexOf(t.group(3), afterAnnotations)),
                    "javadoc: public " + t.group(2) + " " + t.group(3) + " has no javadoc comment right before its declaration"));
        }
    }

    /** All checks together. */
    static List<Violation> all(List<Source> sources) {
        List<Violation> out = new ArrayList<>();
        out.addAll(layering(sources, ALLOWED, KNOWN_VIOLATIONS));
        out.addAll(packageInfo(sources));
        out.addAll(typeJavadoc(sources));
        return out;
    }

    /** The message listing every violation, one per line. */
    static String report(List<Violation> violations) {
        StringBuilder b = new StringBuilder(violations.size() + " convention violation(s):");
        for (Violation v : violations) b.append('\n').append(v);
        return b.toString();
    }

    private static String kitPackage(String code, String path) {
        Matcher p = PACKAGE.matcher(code);
        if (!p.find()) return null;
        String name = p.group(1);
        if (!name.startsWith("org.zkopml.")) return null;
        String rest = name.substring("org.zkopml.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String directory(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * Source text with comments, string, text-block and character literals blanked to spaces (newlines
     * kept, so offsets and line numbers are those of the original), and the comments' spans.
     */
    record Masked(String original, String code, List<int[]> comments) {
        static Masked of(String text) {
            char[] c = text.toCharArray();
            List<int[]> comments = new ArrayList<>();
            int i = 0;
            while (i < c.length) {
                if (c[i] == '/' && i + 1 < c.length && c[i + 1] == '/') {
                    int s = i;
                    while (i < c.length && c[i] != '\n') i++;
                    blank(c, s, i);
                    comments.add(new int[] {s, i});
                } else if (c[i] == '/' && i + 1 < c.length && c[i + 1] == '*') {
                    int s = i;
                    int e = text.indexOf("*/", i + 2);
                    i = e < 0 ? c.length : e + 2;
                    blank(c, s, i);
                    comments.add(new int[] {s, i});
                } else if (c[i] == '"' && text.startsWith("\"\"\"", i)) {
                    int e = text.indexOf("\"\"\"", i + 3);
                    while (e > 0 && text.charAt(e - 1) == '\\') e = text.indexOf("\"\"\"", e + 1);
                    int end = e < 0 ? c.length : e + 3;
                    blank(c, i, end);
                    i = end;
                } else if (c[i] == '"' || c[i] == '\'') {
                    char q = c[i];
                    int s = i++;
                    while (i < c.length && c[i] != q && c[i] != '\n') i += c[i] == '\\' ? 2 : 1;
                    i = Math.min(i + 1, c.length);
                    blank(c, s, i);
                } else {
                    i++;
                }
            }
            return new Masked(text, new String(c), List.copyOf(comments));
        }

        private static void blank(char[] c, int from, int to) {
            for (int j = from; j < to && j < c.length; j++) if (c[j] != '\n') c[j] = ' ';
        }

        /** The 1-based line of an offset. */
        int line(int offset) {
            int n = 1;
            for (int i = 0; i < offset && i < original.length(); i++) if (original.charAt(i) == '\n') n++;
            return n;
        }

        /**
         * The javadoc that is the last comment in [from, to) with only whitespace after it up to {@code to},
         * if it has some text; otherwise null.
         */
        String docBefore(int from, int to) {
            int[] last = null;
            for (int[] span : comments) if (span[0] >= from && span[1] <= to) last = span;
            if (last == null || !code.substring(last[1], to).isBlank()) return null;
            String comment = original.substring(last[0], last[1]);
            if (!comment.startsWith("/**") || comment.equals("/**/")) return null;
            String body = comment.substring(3, comment.length() - 2).replace('*', ' ');
            return body.isBlank() ? null : comment;
        }
    }
}
