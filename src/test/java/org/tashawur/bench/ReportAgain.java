package org.tashawur.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes a benchmark directory's report and plots again from its {@code results.json}, measuring
 * nothing and starting nothing (after a change to the report's layout):
 * {@code ./mvnw -B test -Dtest=ReportAgain -Dbench.groups=benchmark -Dbench.excluded=none
 * -Dbench.argLine=-Dbench.reportFrom=docs/benchmarks}.
 */
@Tag("benchmark")
class ReportAgain {

    @Test
    @SuppressWarnings("unchecked")
    void write() throws Exception {
        String from = System.getProperty("bench.reportFrom");
        assumeTrue(from != null, "-Dbench.reportFrom=DIR names the directory");
        Path dir = Path.of(from);
        Map<String, Object> results = new ObjectMapper().readValue(dir.resolve("results.json").toFile(), Map.class);
        new BenchReport(results).write(dir);
    }
}
