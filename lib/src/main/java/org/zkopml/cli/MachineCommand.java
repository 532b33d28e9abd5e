package org.zkopml.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zkopml.lab.Machine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./kit machine}: the hardware and JVM every measurement of the kit is reported with. */
@Command(name = "machine", mixinStandardHelpOptions = true,
        description = "Describe this machine (CPU, cores, memory, JVM, OS).")
final class MachineCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Output output;

    @Override
    public Integer call() {
        return output.print(spec, new Described(Machine.current()));
    }

    /** What {@code machine} prints: the machine, as one object (also the {@code machine} section of the tour's JSON). */
    record Described(Machine m) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("cpuModel", m.cpuModel());
            out.put("cores", m.cores());
            out.put("memoryBytes", m.memoryBytes());
            out.put("maxHeapBytes", m.maxHeapBytes());
            out.put("jvm", m.jvm());
            out.put("os", m.os());
            return out;
        }

        @Override
        public String text() {
            return m.summary() + "\n";
        }
    }
}
