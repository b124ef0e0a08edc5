package org.tashawur.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tashawur.IntegrationTest;
import org.tashawur.e2e.RunningApp;

/**
 * The live-path benchmark (issue 5): not a pass/fail test; it measures and writes a report.
 * bench/run runs this JVM's Vaadin in production mode ({@code vaadin.productionMode=true}), as
 * the jar the browsers use: the simulated participants then cost what they cost a real server.
 * (Development mode's component tracker alone keeps about 1.3 MB of stack locations per
 * workspace screen.)
 * {@code bash bench/run} runs it in full and writes docs/benchmarks/; {@code bash bench/run --quick}
 * (in .ci/run) runs small counts into target/benchmarks/ so the harness never rots.
 */
@Tag("benchmark")
@IntegrationTest
class LiveBenchmark {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void measure() throws Exception {
        boolean quick = !"full".equals(System.getProperty("bench.mode", "quick"));
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assertThat(chromium).as("Chromium is needed (bash .ci/chromium installs it)").isExecutable();
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("mode", quick ? "quick" : "full");
        results.put("started", Instant.now().toString());
        results.put("machine", machine());

        // Browsers first, on a quiet machine: the server part leaves a thousand closed sessions behind.
        Path out = quick ? Path.of("target", "benchmarks") : Path.of("docs", "benchmarks");
        // -Dbench.only=server skips the browsers (to profile the server parts alone), and
        // -Dbench.only=push runs only the participants on real connections; the report then
        // lacks the other sections, so it goes to target/benchmarks/ whatever the mode.
        String only = System.getProperty("bench.only", "");
        if (!only.isEmpty()) {
            out = Path.of("target", "benchmarks");
        }
        if (!only.equals("server")) {
            browserParts(results, quick, only.equals("push"));
        }
        if (only.equals("push")) {
            write(results, out);
            return;
        }
        ServerParts server = new ServerParts(context);
        List<Object> open = new ArrayList<>();
        for (int count : quick ? new int[] {20, 100} : new int[] {50, 500}) {
            open.add(server.openMeeting(count, quick ? 2 : 5));
        }
        results.put("open_meeting_server", open);
        results.put("autosave", List.of(server.autosave(quick ? 2 : 8, quick ? 2 : 15)));
        List<Object> cost = new ArrayList<>();
        for (int count : counts("bench.participants", quick ? new int[] {20} : new int[] {100, 500, 1000})) {
            cost.add(server.participants(count, 1));
            if (!quick) {
                cost.add(server.participants(count, 12));
            }
        }
        results.put("server_cost", cost);

        write(results, out);
    }

    private static void write(Map<String, Object> results, Path out) throws java.io.IOException {
        results.put("finished", Instant.now().toString());
        Files.createDirectories(out);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("results.json").toFile(), results);
        new BenchReport(results).write(out);
        assertThat(out.resolve("REPORT.md")).exists();
    }

    /**
     * Parts 1, 2 and 5 in real Chromium pages, on the production jar; then edit-to-push with
     * participants on real connections (part 3 with push), alone when {@code pushOnly}.
     */
    private void browserParts(Map<String, Object> results, boolean quick, boolean pushOnly) throws Exception {
        try (BrowserParts browsers = new BrowserParts(context, Path.of("target", "benchmarks", "server.log"));
                EchoServer echo = new EchoServer(RunningApp.freePort())) {
            if (!pushOnly) {
                browserOnly(browsers, echo, results, quick);
            }
            // Last: its participants' sessions stay on the server after they leave.
            results.put("edit_to_push", new ProtocolLoad(browsers, context).run(
                    counts("bench.pushParticipants", quick ? new int[] {3, 6} : new int[] {30, 100, 300, 1000}),
                    Integer.getInteger("bench.pushEdits", quick ? 2 : 10)));
        }
    }

    private void browserOnly(BrowserParts browsers, EchoServer echo, Map<String, Object> results, boolean quick) {
        List<Object> latency = new ArrayList<>();
        int[] pageCounts = counts("bench.pages", quick ? new int[] {2} : new int[] {2, 10, 30});
        // A server that has run a meeting for a while has compiled its hot paths: a few edits
        // first, not counted, so that the first measured ones do not time the JIT.
        browsers.editToScreen(2, quick ? 3 : 10);
        for (int pages : pageCounts) {
            latency.add(browsers.editToScreen(pages, Integer.getInteger("bench.edits", quick ? 3 : pages == 30 ? 12 : 20)));
        }
        results.put("edit_to_screen", latency);
        results.put("browser_server", browsers.serverDescription());
        results.put("floor_round_trip", browsers.roundTrip(quick ? 5 : 40).toMap());
        results.put("floor_websocket_echo", browsers.echo(echo, quick ? 20 : 200).toMap());
        results.put("open_meeting_browser", List.of(browsers.openBigMeeting(quick ? 50 : 500, quick ? 2 : 5)));
    }

    /** A comma-separated list of counts from a system property ({@code -Dbench.pages=10,30}), or the defaults. */
    private static int[] counts(String property, int[] defaults) {
        String given = System.getProperty(property);
        return given == null ? defaults
                : java.util.Arrays.stream(given.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    }

    private static String fileSystem(String directory) {
        try {
            return Files.getFileStore(Path.of(directory)).type();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        machine.put("memory_gb", Stats.round(os.getTotalMemorySize() / 1024.0 / 1024 / 1024));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("jvm_max_heap_mb", Runtime.getRuntime().maxMemory() / 1024 / 1024);
        machine.put("mariadb", jdbc.queryForObject("select version()", String.class));
        // What "durable" means for the autosave's commits: read from the server, not assumed.
        machine.put("mariadb_innodb_flush_log_at_trx_commit",
                jdbc.queryForObject("select @@innodb_flush_log_at_trx_commit", Integer.class));
        machine.put("mariadb_data_file_system", fileSystem(jdbc.queryForObject("select @@datadir", String.class)));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }
}
