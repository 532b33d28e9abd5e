package org.zkopml;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The package layering of design.md §1 as ArchUnit rules over the compiled classes: which packages under
 * {@code org.zkopml} each package may use. From design.md, "a package never imports one to its right" in
 * <pre>
 *   values (below everything) · hash · field → curve → pairing → evm, poly → commit, transcript → sigma, r1cs → groth16, sumcheck
 *   model → vm → dispute         exercise (nothing)   lab (everything but chain and cli) · chain (everything but cli)
 *   compare (everything but cli: the end-to-end flows) · cli (everything)
 * </pre>
 * Peers ({@code commit}/{@code transcript}, {@code sigma}/{@code r1cs}, {@code groth16}/{@code sumcheck})
 * do not use each other. The circuit compiler ({@code circuit}: model → R1CS) and {@code r1cs} may read
 * {@code model}; {@code groth16} sees only R1CS and the crypto packages; {@code sumcheck} the crypto
 * packages and {@code model}. The opML side may use {@code hash} (Keccak-256), {@code commit} (Merkle
 * trees) and {@code transcript}, and nothing else of the zk side. The notebooks' bench ({@code lab}: timing,
 * plots, peers, and studies that set one protocol beside another) sits above the protocols, which never use it. A package missing from this table is
 * itself a violation ({@link #everyPackageIsInTheTable}): a new package must be placed explicitly.
 *
 * <p>The rules take the root package as a parameter so that the tests can show each of them failing on
 * planted violations compiled under {@code org.zkopml.planted} (test code only).
 */
final class Layering {
    private Layering() {}

    /** Package (below the root) → the packages it may use; {@code values} is added to every entry. */
    static final Map<String, Set<String>> ALLOWED = allowed();

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> a = new TreeMap<>();
        Set<String> crypto = Set.of("hash", "field", "curve", "pairing", "evm", "poly", "commit", "transcript", "sigma");
        a.put("values", Set.of());
        a.put("hash", Set.of());
        a.put("field", Set.of("hash"));
        a.put("curve", Set.of("hash", "field"));
        a.put("pairing", Set.of("hash", "field", "curve"));
        a.put("evm", Set.of("hash", "field", "curve", "pairing"));
        a.put("poly", Set.of("hash", "field", "curve", "pairing"));
        a.put("commit", Set.of("hash", "field", "curve", "pairing", "evm", "poly"));
        a.put("transcript", Set.of("hash", "field", "curve", "pairing", "evm", "poly"));
        a.put("sigma", Set.of("hash", "field", "curve", "pairing", "evm", "poly", "commit", "transcript"));
        a.put("r1cs", Set.of("hash", "field", "curve", "pairing", "poly", "commit", "transcript", "model"));
        a.put("circuit", with(a.get("r1cs"), "r1cs", "model"));
        a.put("groth16", with(crypto, "r1cs"));
        a.put("sumcheck", with(crypto, "r1cs", "model"));
        a.put("model", Set.of("hash", "commit", "transcript"));
        a.put("vm", Set.of("hash", "commit", "transcript", "model"));
        a.put("dispute", Set.of("hash", "commit", "transcript", "model", "vm"));
        a.put("exercise", Set.of()); // the classroom exercises: JShell runs (org.zkopml.session), nothing of the protocols
        a.put("lab", Set.copyOf(new TreeSet<>(a.keySet())));
        Set<String> belowChain = new TreeSet<>(a.keySet());
        a.put("chain", Set.copyOf(belowChain));
        a.put("compare", with(belowChain, "chain"));
        a.put("cli", with(belowChain, "chain", "compare"));
        Map<String, Set<String>> out = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : a.entrySet()) {
            Set<String> uses = new TreeSet<>(e.getValue());
            if (!e.getKey().equals("values")) uses.add("values");
            out.put(e.getKey(), Set.copyOf(uses));
        }
        return Map.copyOf(out);
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> s = new TreeSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }

    /** Each package of the table under {@code root} uses only the packages the table allows it. */
    static ArchRule packagesUseOnlyWhatTheTableAllows(String root) {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String p : ALLOWED.keySet()) rule = rule.layer(p).definedBy(root + "." + p + "..");
        for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
            rule = e.getValue().isEmpty()
                    ? rule.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : rule.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        return rule.because("design.md §1: a package never uses one to its right");
    }

    /** Every class under {@code root} lives in a package of the table (a new package is placed explicitly). */
    static ArchRule everyPackageIsInTheTable(String root) {
        String[] known = ALLOWED.keySet().stream().map(p -> root + "." + p + "..").toArray(String[]::new);
        return classes().that().resideInAPackage(root + "..").and().doNotHaveSimpleName("package-info")
                .should().resideInAnyPackage(known)
                .because("a new package must be added to the layering table in Layering.ALLOWED");
    }
}
