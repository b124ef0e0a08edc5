package org.tashawur.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles of a sample of durations in milliseconds (nearest-rank). */
record Stats(int count, double p50, double p95, double p99, double max, double mean) {

    static Stats of(List<Double> samples) {
        if (samples.isEmpty()) {
            return new Stats(0, 0, 0, 0, 0, 0);
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        double sum = 0;
        for (double s : sorted) {
            sum += s;
        }
        return new Stats(sorted.size(), rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted.get(sorted.size() - 1), sum / sorted.size());
    }

    private static double rank(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", count);
        map.put("p50_ms", round(p50));
        map.put("p95_ms", round(p95));
        map.put("p99_ms", round(p99));
        map.put("max_ms", round(max));
        map.put("mean_ms", round(mean));
        return map;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
