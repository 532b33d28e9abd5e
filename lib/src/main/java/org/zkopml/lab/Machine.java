package org.zkopml.lab;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a measurement was taken on: every timing the kit shows is reported with it,
 * because a number without its hardware says little.
 *
 * @param cpuModel    the processor's model name (from {@code /proc/cpuinfo} on Linux, else the architecture)
 * @param cores       logical processors available to this JVM
 * @param memoryBytes physical memory of the machine, or -1 when the JVM cannot tell
 * @param maxHeapBytes the largest heap this JVM may use
 * @param jvm         vendor, name and version of the running JVM
 * @param os          operating system name, version and architecture
 */
public record Machine(String cpuModel, int cores, long memoryBytes, long maxHeapBytes, String jvm, String os) {

    /** Describes the machine this JVM runs on, read live. */
    public static Machine current() {
        Runtime rt = Runtime.getRuntime();
        return new Machine(
                readCpuModel(),
                rt.availableProcessors(),
                physicalMemory(),
                rt.maxMemory(),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name")
                        + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + " (" + System.getProperty("os.arch") + ")");
    }

    /** One line such as {@code "AMD EPYC 7B13, 2 cores, 23.5 GiB, OpenJDK 64-Bit Server VM 17.0.15"}. */
    public String summary() {
        return String.format("%s, %d cores, %s RAM, %s, %s", cpuModel, cores, gib(memoryBytes), jvm, os);
    }

    private static String gib(long bytes) {
        return bytes < 0 ? "unknown" : String.format("%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    private static String readCpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                List<String> lines = Files.readAllLines(cpuinfo);
                for (String line : lines) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            } catch (IOException ignored) {
                // fall through to the architecture
            }
        }
        return System.getProperty("os.arch");
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }
}
