package org.zkopml.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.zkopml.lab.Machine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./kit machine}: the hardware and JVM every measurement of the kit is reported with. */
@Command(name = "machine", mixinStandardHelpOptions = true,
        description = "Describe this machine (CPU, cores, memory, JVM, OS).")
final class MachineCommand implements Runnable {
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public void run() {
        Machine m = Machine.current();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("cpuModel", m.cpuModel());
            out.put("cores", m.cores());
            out.put("memoryBytes", m.memoryBytes());
            out.put("maxHeapBytes", m.maxHeapBytes());
            out.put("jvm", m.jvm());
            out.put("os", m.os());
            System.out.println(Json.write(out));
        } else {
            System.out.println(m.summary());
        }
    }
}
