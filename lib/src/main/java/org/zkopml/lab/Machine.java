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

    /** The machine's load now ({@link Load#now}): printed next to every timing series the notebooks show. */
    public static Load load() {
        return Load.now();
    }

    /**
     * How busy the machine was when a timing was taken: the one-minute load average (runnable processes,
     * averaged) against the cores. Above the core count, other work shares the processors and timings stretch —
     * on a shared 2-core machine by 2–10× — so a number measured then says little about the machine itself;
     * the notebooks print this beside every series and check only what holds however busy the machine is.
     *
     * @param average the one-minute load average ({@code /proc/loadavg}), or −1 when the system does not tell
     * @param cores   logical processors available to this JVM
     */
    public record Load(double average, int cores) {
        /** The load now. */
        public static Load now() {
            double avg = -1;
            Path loadavg = Path.of("/proc/loadavg");
            try {
                if (Files.isReadable(loadavg)) avg = Double.parseDouble(Files.readString(loadavg).trim().split("\\s+")[0]);
            } catch (IOException | RuntimeException ignored) {
                avg = -1;
            }
            if (avg < 0) avg = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return new Load(avg, Runtime.getRuntime().availableProcessors());
        }

        /** Whether more processes wanted a core than there were cores. */
        public boolean busy() {
            return average > cores;
        }

        /** One line: the load, and a warning when the machine was busy. */
        @Override
        public String toString() {
            if (average < 0) return "load average unknown on " + cores + " cores";
            String load = String.format("load average %.1f on %d cores", average, cores);
            return busy() ? load + ": ⚠ busy, timings may be several times a quiet machine's" : load + ": quiet";
        }
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
