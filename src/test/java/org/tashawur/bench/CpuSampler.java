package org.tashawur.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How busy the whole machine was (all cores, every process) while a part of the benchmark ran,
 * and who used it: the server's JVM, Chromium (its renderers, which run the pages; its GPU
 * process, which composites every page's frames, in software here; its browser process, which
 * also carries the test driver's commands), the Playwright driver, MariaDB and the benchmark's
 * own JVM, from the CPU times Linux keeps in /proc (in percent of all cores).
 */
final class CpuSampler {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    static final String RENDERERS = "Chromium renderers";
    static final String COMPOSITING = "Chromium GPU process";
    static final String BROWSER = "Chromium browser";
    private static final List<String> OWNERS = List.of("server JVM", RENDERERS, COMPOSITING, BROWSER,
            "Playwright driver", "MariaDB", "benchmark JVM", "other");

    private final List<Double> samples = new ArrayList<>();
    private final Thread thread;
    private final long serverPid;
    private final Map<String, Long> ticksBefore;
    private final long startNanos = System.nanoTime();
    private volatile boolean running = true;
    private final Map<String, Double> used = new LinkedHashMap<>();
    private double seconds;

    private CpuSampler(long serverPid) {
        this.serverPid = serverPid;
        this.ticksBefore = ticksByOwner();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        thread = new Thread(() -> {
            while (running) {
                double load = os.getCpuLoad();
                if (load >= 0) {
                    synchronized (samples) {
                        samples.add(load * 100);
                    }
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cpu-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    static CpuSampler start(long serverPid) {
        return new CpuSampler(serverPid);
    }

    /** Mean busy percentage of the machine over the samples; the CPU times are read once, here. */
    double stop() {
        running = false;
        thread.interrupt();
        Map<String, Long> after = ticksByOwner();
        seconds = (System.nanoTime() - startNanos) / 1e9;
        after.forEach((owner, ticks) -> used.put(owner, (ticks - ticksBefore.getOrDefault(owner, 0L)) / TICKS_PER_SECOND));
        synchronized (samples) {
            return samples.isEmpty() ? -1 : Stats.round(samples.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        }
    }

    /** Each owner's share of all cores between start and {@link #stop}, in percent. */
    Map<String, Object> shares() {
        Map<String, Object> shares = new LinkedHashMap<>();
        used.forEach((owner, cpu) -> shares.put(owner, Stats.round(100 * cpu / seconds / CORES)));
        return shares;
    }

    /** The CPU time {@code owner} used between start and {@link #stop}, in seconds. */
    double cpuSeconds(String owner) {
        return used.getOrDefault(owner, 0.0);
    }

    /**
     * Every owner's CPU time so far, in seconds: the difference of two readings is what each used
     * in between (a tick is 10 ms, so sum over many windows).
     */
    Map<String, Double> reading() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        ticksByOwner().forEach((owner, ticks) -> seconds.put(owner, ticks / TICKS_PER_SECOND));
        return seconds;
    }

    /** All Chromium processes' CPU time between start and {@link #stop}, in seconds. */
    double chromiumSeconds() {
        return cpuSeconds(RENDERERS) + cpuSeconds(COMPOSITING) + cpuSeconds(BROWSER);
    }

    /** The CPU time process {@code pid} has used so far, in seconds (read from /proc; 10 ms ticks). */
    static double cpuSecondsOf(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) / TICKS_PER_SECOND;
        } catch (IOException gone) {
            return 0;
        }
    }

    /** The CPU ticks (user and system) in a /proc/PID/stat line. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    }

    private Map<String, Long> ticksByOwner() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (String owner : OWNERS) {
            ticks.put(owner, 0L);
        }
        long self = ProcessHandle.current().pid();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    long pid = Long.parseLong(p.getFileName().toString());
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    ticks.merge(owner(pid, name, self, p), ticks(stat), Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            });
        } catch (IOException noProc) {
            return Map.of();
        }
        return ticks;
    }

    private String owner(long pid, String name, long self, Path process) {
        if (pid == serverPid) {
            return "server JVM";
        }
        if (pid == self) {
            return "benchmark JVM";
        }
        if (name.startsWith("chrom")) {
            return chromiumPart(process);
        }
        if (name.equals("node") || name.equals("MainThread")) { // the driver names its main thread
            return "Playwright driver";
        }
        if (name.startsWith("mariadb") || name.startsWith("mysqld")) {
            return "MariaDB";
        }
        return "other";
    }

    /** Which of Chromium's processes this is, from its command line ("--type=renderer", …). */
    private static String chromiumPart(Path process) {
        String commandLine;
        try {
            commandLine = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
        } catch (IOException gone) {
            return BROWSER;
        }
        if (commandLine.contains("--type=renderer")) {
            return RENDERERS;
        }
        if (commandLine.contains("--type=gpu-process")) {
            return COMPOSITING;
        }
        return BROWSER; // the browser process, its zygotes and its network and storage services
    }
}
