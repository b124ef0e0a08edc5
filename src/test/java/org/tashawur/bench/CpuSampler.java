package org.tashawur.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** How busy the whole machine was (all cores, every process) while a part of the benchmark ran. */
final class CpuSampler {

    private final List<Double> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private CpuSampler() {
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

    static CpuSampler start() {
        return new CpuSampler();
    }

    /** Mean busy percentage over the samples. */
    double stop() {
        running = false;
        thread.interrupt();
        synchronized (samples) {
            return samples.isEmpty() ? -1 : Stats.round(samples.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        }
    }
}
