// zkopml lab: the kit's imports and helpers, shared by the notebook kernel (%load ../jshell/kit.jsh)
// and ./kit jshell. Keep it to imports and tiny helpers; real code belongs in the library.
// java.util.*, java.io.*, java.math.* and the other JShell default imports are already there (JShell's
// DEFAULT startup, which the kit's kernel evaluates too).
import java.nio.file.*;
import java.util.function.*;
import java.util.stream.*;
import java.awt.image.BufferedImage;
import org.knowm.xchart.*;
import org.zkopml.lab.*;
import org.zkopml.values.*;
import org.zkopml.hash.*;
import org.zkopml.model.*;
import org.zkopml.field.*;
import org.zkopml.curve.*;
import org.zkopml.pairing.*;
import org.zkopml.evm.*;
import org.zkopml.poly.*;
import org.zkopml.commit.*;
import org.zkopml.transcript.*;
import org.zkopml.sigma.*;
import org.zkopml.r1cs.*;
// circuit.* by name: its Statement would clash with sigma's (a notebook on circuits imports it explicitly)
import org.zkopml.circuit.ModelCircuits;
import org.zkopml.circuit.CompiledCircuit;
import org.zkopml.circuit.ModelParameters;
import org.zkopml.circuit.PackedCommitment;
import org.zkopml.sumcheck.*;
import org.zkopml.vm.*;
import org.zkopml.dispute.*;
import org.zkopml.compare.*;   // the flows the commands run: ProvenInference, VmRun, Tour, …
import org.zkopml.values.Bytes32;

/** A check cell: throws (and so fails the notebook or script) unless the condition holds. */
void check(boolean condition, String what) {
    if (!condition) throw new AssertionError("check failed: " + what);
    System.out.println("✓ " + what);
}

/** Hex of a byte array, lower case, no prefix. */
String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
}

/** Text of a given MIME type for display(...): made by html(...), markdown(...) and latex(...). */
record Markup(String mimeType, String text) {}

/** HTML for display(...): display(html("<b>bold</b>")) renders it below the cell. */
Markup html(String html) { return new Markup("text/html", html); }

/** Markdown for display(...), maths included: display(markdown("**n** = $2^{16}$")). */
Markup markdown(String markdown) { return new Markup("text/markdown", markdown); }

/** LaTeX for display(...), rendered by MathJax: display(latex("$$e(aP, bQ) = e(P, Q)^{ab}$$")). */
Markup latex(String latex) { return new Markup("text/latex", latex); }

/**
 * Shows a value below the cell, as what it is: an image (e.g. Charts.image(chart)) or an XChart chart as a
 * PNG, html(...)/markdown(...)/latex(...) as that type, anything else (a String too) as text. Returns
 * nothing, so the cell shows no value of its own. In the notebook the kit's kernel
 * (org.zkopml.kernel.Notebook) sends it to the page; in a plain JShell (./kit jshell) it prints text instead.
 */
void display(Object value) {
    try {
        Class<?> notebook = Class.forName("org.zkopml.kernel.Notebook");
        if (value instanceof Markup m) {
            notebook.getMethod("display", String.class, String.class).invoke(null, m.mimeType(), m.text());
        } else {
            notebook.getMethod("display", Object.class).invoke(null, value);
        }
    } catch (ReflectiveOperationException notInTheKernel) {
        System.out.println(value instanceof BufferedImage image ? "[image " + image.getWidth() + "×" + image.getHeight() + "]"
                : value instanceof org.knowm.xchart.internal.chartpart.Chart<?, ?> chart ? "[chart " + chart.getTitle() + "]"
                : value instanceof Markup m ? m.text() : String.valueOf(value));
    }
}

/** Shows an HTML fragment below the cell: display(html(fragment)). */
void displayHtml(String html) {
    display(html(html));
}
