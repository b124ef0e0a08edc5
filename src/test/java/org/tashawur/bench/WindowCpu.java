package org.tashawur.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CPU each owner used in a window after each key press (the second in which the harness
 * leaves the pages alone), summed over the edits. It shows how much work one edit costs the
 * machine, and so the shortest time two cores could do it in.
 */
final class WindowCpu {

    private final CpuSampler cpu;
    private final Map<String, Double> used = new LinkedHashMap<>();
    private Map<String, Double> before = Map.of();
    private long startNanos;
    private double wallSeconds;
    private int windows;

    WindowCpu(CpuSampler cpu) {
        this.cpu = cpu;
    }

    void start() {
        before = cpu.reading();
        startNanos = System.nanoTime();
    }

    void stop() {
        wallSeconds += (System.nanoTime() - startNanos) / 1e9;
        windows++;
        cpu.reading().forEach((owner, seconds) -> used.merge(owner, seconds - before.getOrDefault(owner, 0.0), Double::sum));
    }

    /** Per edit: the window's wall time, and each owner's CPU in it (renderers per page too). */
    Map<String, Object> toMap(int pages) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (windows == 0) {
            return result;
        }
        result.put("edits", windows);
        result.put("wall_ms_per_edit", Stats.round(wallSeconds * 1000 / windows));
        Map<String, Object> perEdit = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Double> owner : used.entrySet()) {
            perEdit.put(owner.getKey(), Stats.round(owner.getValue() * 1000 / windows));
            total += owner.getValue();
        }
        result.put("cpu_ms_per_edit", perEdit);
        result.put("all_cpu_ms_per_edit", Stats.round(total * 1000 / windows));
        result.put("renderer_cpu_ms_per_edit_per_page",
                Stats.round(used.getOrDefault(CpuSampler.RENDERERS, 0.0) * 1000 / windows / pages));
        return result;
    }
}
