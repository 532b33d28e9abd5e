package org.zkopml.cli;

import java.util.Map;
import org.zkopml.lab.Machine;
import picocli.CommandLine.Command;

/** {@code ./kit machine}: the hardware and JVM every measurement of the kit is reported with. */
@Command(name = "machine", mixinStandardHelpOptions = true,
        description = "Describe this machine (CPU, cores, memory, JVM, OS).")
final class MachineCommand extends ResultCommand {
    @Override
    CommandResult result() {
        return new Described(Machine.current());
    }

    /** What {@code machine} prints: the machine, as one object (also the {@code machine} section of the tour's JSON). */
    record Described(Machine m) implements CommandResult {
        @Override
        public Map<String, Object> json() {
            return Json.object("cpuModel", m.cpuModel(), "cores", m.cores(), "memoryBytes", m.memoryBytes(),
                    "maxHeapBytes", m.maxHeapBytes(), "jvm", m.jvm(), "os", m.os());
        }

        @Override
        public String text() {
            return m.summary() + "\n";
        }
    }
}
