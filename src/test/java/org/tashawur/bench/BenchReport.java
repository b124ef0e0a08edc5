package org.tashawur.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.DefaultCategoryDataset;

/** Writes the Markdown report and its plots from the raw results. */
final class BenchReport {

    private final Map<String, Object> results;

    BenchReport(Map<String, Object> results) {
        this.results = results;
    }

    @SuppressWarnings("unchecked")
    void write(Path dir) throws IOException {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        md.append("# Live path benchmark (").append(results.get("mode")).append(" run)\n\n");
        md.append("Run ").append(results.get("started")).append(" → ").append(results.get("finished")).append(".\n\n");
        md.append("Machine: ").append(machine.get("cores")).append(" cores, ").append(machine.get("memory_gb"))
                .append(" GB, ").append(machine.get("java")).append(" (max heap ").append(machine.get("jvm_max_heap_mb"))
                .append(" MB), MariaDB ").append(machine.get("mariadb")).append(", ").append(machine.get("os")).append(".\n\n");

        if (results.containsKey("edit_to_screen")) { // not with -Dbench.only=server or push
            browserSections(md, dir);
        }
        if (results.containsKey("edit_to_push")) { // not with -Dbench.only=server
            ProtocolSection.write(md, (List<Map<String, Object>>) results.get("edit_to_push"));
        }
        if (results.containsKey("server_cost")) { // not with -Dbench.only=push
            serverSections(md, dir);
        }
        Files.writeString(dir.resolve("REPORT.md"), md.toString(), StandardCharsets.UTF_8);
    }

    /** Sections 3 to 5: the simulated participants, autosave and the big meeting. */
    @SuppressWarnings("unchecked")
    private void serverSections(StringBuilder md, Path dir) throws IOException {
        md.append("## 3. Server cost per connected participant (simulated in the JVM)\n\n");
        md.append("Each participant is a Vaadin session and UI created by Karibu-Testing that joined through the join screen "
                + "and holds the workspace with its Collaboration Engine subscriptions. Not simulated: browsers, HTTP, "
                + "push connections and their buffers. Fan-out: from the save's return until every UI of the meeting had run "
                + "the change (counted from the workspace's own debug line) and prepared the message for its browser (the "
                + "changed card as JSON), on one thread in turn; writing that message to a socket is not simulated. Save and "
                + "fan-out are the medians of a few edits one after the other (all of them in results.json). Each screen "
                + "holds its first 20 cards, as a browser's list asks for. Runs "
                + "before 2026-11-30 neither waited for every screen to be handed the change nor prepared the messages, "
                + "and so gave 5–10 ms for 1,000 screens.\n\n");
        md.append("| participants | meetings | KB retained / participant | heap after (MB) | max heap (MB) | join ms / participant | save ms | fan-out ms | screens in the edited meeting | screens that ran the change |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        // participants → series → KB, so that the plot's categories come in order of size
        Map<Integer, Map<String, Double>> heapData = new TreeMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) results.get("server_cost")) {
            md.append("| ").append(row.get("participants")).append(" | ").append(row.get("meetings")).append(" | ")
                    .append(row.get("retained_heap_per_participant_kb")).append(" | ").append(row.get("heap_used_after_mb"))
                    .append(" | ").append(row.get("heap_max_mb")).append(" | ").append(row.get("join_ms_per_participant"))
                    .append(" | ").append(row.get("edit_save_ms")).append(" | ").append(row.get("edit_fan_out_ms"))
                    .append(" | ").append(row.get("screens_of_that_meeting")).append(" | ")
                    .append(row.getOrDefault("screens_reached", "–")).append(" |\n");
            heapData.computeIfAbsent((int) num(row.get("participants")), n -> new LinkedHashMap<>())
                    .put("simulated, " + row.get("meetings") + " meeting(s)", num(row.get("retained_heap_per_participant_kb")));
        }
        for (Map<String, Object> row : (List<Map<String, Object>>) results.getOrDefault("edit_to_push", List.of())) {
            heapData.computeIfAbsent((int) num(row.get("participants")), n -> new LinkedHashMap<>())
                    .put("real connections (3a), joined at this level",
                            num(row.get("server_heap_kb_per_participant_joined_at_this_level")));
        }
        md.append("\nFan-out by kind of change, in the same runs: milliseconds until every screen of the meeting had run it, "
                + "and SQL statements the screens ran meanwhile, per screen (0: each drew the change from the message "
                + "alone). Edits: of a card every screen shows, then of the item just below the 20 cards. Vote: the "
                + "meeting moves to prioritisation (every list ranked by dots), ten voters put two dots on each of the "
                + "20 cards, then one participant puts a dot on the item ranked just after them and takes it back, "
                + "in turn: the cards in view stay as they are.\n\n");
        md.append("| participants | meetings | screens | edit in view: ms | SQL / screen | edit below the view: ms | SQL / screen | vote below the view (ranked): ms | SQL / screen |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> row : (List<Map<String, Object>>) results.get("server_cost")) {
            md.append("| ").append(row.get("participants")).append(" | ").append(row.get("meetings")).append(" | ")
                    .append(row.get("screens_of_that_meeting")).append(" | ").append(row.get("edit_fan_out_ms"))
                    .append(" | ").append(row.getOrDefault("edit_statements_per_screen", "–")).append(" | ")
                    .append(row.getOrDefault("edit_below_view_fan_out_ms", "–")).append(" | ")
                    .append(row.getOrDefault("edit_below_view_statements_per_screen", "–")).append(" | ")
                    .append(row.getOrDefault("vote_below_view_fan_out_ms", "–")).append(" | ")
                    .append(row.getOrDefault("vote_below_view_statements_per_screen", "–")).append(" |\n");
        }
        md.append("\nTargets: ≤ 250 KB retained per participant; 1,000 participants in a JVM with ≤ 1 GB heap.\n\n");
        md.append("![Heap per participant: simulated screens, and participants on real connections (section 3a)](heap.png)\n\n");
        DefaultCategoryDataset heapPlot = new DefaultCategoryDataset();
        heapData.forEach((participants, series) -> series.forEach(
                (name, kb) -> heapPlot.addValue(kb, name, String.valueOf(participants))));
        plot(heapPlot, "Server heap per participant (KB); the line: the 250 KB target", dir.resolve("heap.png"), 250);

        md.append("## 4. Autosave throughput\n\n| writers | seconds | edits | edits/s | conflicts | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> row : (List<Map<String, Object>>) results.get("autosave")) {
            Map<String, Object> s = (Map<String, Object>) row.get("commit_latency");
            md.append("| ").append(row.get("writers")).append(" | ").append(row.get("seconds")).append(" | ")
                    .append(row.get("edits")).append(" | ").append(row.get("edits_per_second")).append(" | ")
                    .append(row.get("conflicts")).append(" | ").append(s.get("p50_ms")).append(" | ").append(s.get("p99_ms"))
                    .append(" | ").append(s.get("max_ms")).append(" |\n");
        }
        md.append("\nEach edit is one `ItemService.update` transaction (row lock, base-value check, write, revision, "
                + "after-commit signal); its time ends when the commit has returned.");
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        Object flush = machine.get("mariadb_innodb_flush_log_at_trx_commit");
        if (flush != null) { // runs before 2026-11-30 evening did not record it
            md.append(" The benchmark's MariaDB had `innodb_flush_log_at_trx_commit` = ").append(flush)
                    .append(Integer.valueOf(1).equals(flush) ? " (a commit returns once its log is written and flushed to disk)"
                            : " (a commit may return before its log is on disk: not durable)")
                    .append(", its data on a file system of type ").append(machine.get("mariadb_data_file_system")).append('.');
        }
        md.append(" Targets: ≥ 200 edits/s, p99 ≤ 500 ms.\n\n");

        md.append("## 5. Opening a big meeting\n\n| items | server p50 ms | server p95 ms | SQL statements |\n|---|---|---|---|\n");
        for (Map<String, Object> row : (List<Map<String, Object>>) results.get("open_meeting_server")) {
            Map<String, Object> s = (Map<String, Object>) row.get("server_time");
            md.append("| ").append(row.get("items")).append(" | ").append(s.get("p50_ms")).append(" | ").append(s.get("p95_ms"))
                    .append(" | ").append(row.get("sql_statements")).append(" |\n");
        }
        md.append("\nServer side: the join screen, the workspace and the first page of 50 cards (what the browser asks "
                + "for first), statements counted by Hibernate's statistics. Browser: from navigation until the first card shows "
                + "its data and buttons (the list draws cards before their data arrives; runs before 2026-11-30, late "
                + "afternoon, stopped at that first drawing).\n\n"
                + "| items | browser: navigation to first card with its data p50 ms | p95 ms |\n|---|---|---|\n");
        for (Map<String, Object> row : (List<Map<String, Object>>) results.getOrDefault("open_meeting_browser", List.of())) {
            Map<String, Object> s = (Map<String, Object>) row.get("usable");
            md.append("| ").append(row.get("items")).append(" | ").append(s.get("p50_ms")).append(" | ").append(s.get("p95_ms")).append(" |\n");
        }
        md.append("\nTarget: usable in ≤ 1.5 s, with a number of SQL statements that does not grow with the items.\n");
    }

    /** Sections 1 and 2: edit-to-screen latency in real pages, and the floors. */
    @SuppressWarnings("unchecked")
    private void browserSections(StringBuilder md, Path dir) throws IOException {
        List<Map<String, Object>> latency = (List<Map<String, Object>>) results.get("edit_to_screen");
        Map<String, Object> roundTrip = (Map<String, Object>) results.get("floor_round_trip");
        Map<String, Object> echo = (Map<String, Object>) results.get("floor_websocket_echo");
        md.append("## 1-2. Edit-to-screen latency in real Chromium pages, and the floors\n\n");
        md.append("| pages | edits | samples | p50 ms | p95 ms | p99 ms | max ms | p95 / round trip p95 | p95 / echo p95 | push arrived p50 / p95 ms | Playwright's key delivery p50 / p95 ms | machine CPU busy % | not shown in 15 s | edits that did not get through |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        DefaultCategoryDataset latencyData = new DefaultCategoryDataset();
        for (Map<String, Object> row : latency) {
            Map<String, Object> s = (Map<String, Object>) row.get("latency");
            double p95 = num(s.get("p95_ms"));
            md.append("| ").append(row.get("pages")).append(" | ").append(row.get("edits")).append(" | ").append(s.get("count"))
                    .append(" | ").append(s.get("p50_ms")).append(" | ").append(p95).append(" | ").append(s.get("p99_ms"))
                    .append(" | ").append(s.get("max_ms")).append(" | ").append(ratio(p95, num(roundTrip.get("p95_ms"))))
                    .append(" | ").append(ratio(p95, num(echo.get("p95_ms")))).append(" | ")
                    .append(pair(row, "push_arrival")).append(" | ").append(pair(row, "key_dispatch")).append(" | ")
                    .append(row.get("machine_cpu_busy_percent")).append(" | ")
                    .append(row.get("not_shown_within_15_s")).append(" | ")
                    .append(row.get("edits_that_did_not_get_through")).append(" |\n");
            String key = row.get("pages") + " pages";
            latencyData.addValue(num(s.get("p50_ms")), "p50", key);
            latencyData.addValue(p95, "p95", key);
            latencyData.addValue(num(s.get("p99_ms")), "p99", key);
        }
        md.append("\nFloors, same run: one-page round trip (a click whose answer changes the same page) p50 ")
                .append(roundTrip.get("p50_ms")).append(" ms, p95 ").append(roundTrip.get("p95_ms"))
                .append(" ms; raw WebSocket echo on loopback from the same browser p50 ").append(echo.get("p50_ms"))
                .append(" ms, p95 ").append(echo.get("p95_ms")).append(" ms.\n\n");
        md.append("Latency runs from the moment the editing page receives the Tab key that leaves the field (the key "
                + "event's time stamp) to the moment the new title is in another page's DOM (a MutationObserver; all pages "
                + "share the machine's clock). \"Push arrived\" is when the message carrying it reached that page's "
                + "WebSocket, before drawing. \"Playwright's key delivery\" is the time from the harness asking for the key "
                + "press to the page receiving it: a cost of the test driver, not counted in the latency (runs before "
                + "2026-11-30 started the clock when the harness asked for the key, and so included it).\n\n");
        md.append("Where the time went, p50 / p95 ms: the editing page's client from the key to its request "
                + "leaving (Vaadin's client sends on a timer, after the page has drawn the focus moving on), the server "
                + "and the push until each other page has the message, and that page's drawing.\n\n");
        md.append("| pages | key → request sent | request sent → push arrived | push arrived → shown | whole |\n|---|---|---|---|---|\n");
        for (Map<String, Object> row : latency) {
            md.append("| ").append(row.get("pages")).append(" | ").append(pair(row, "key_to_request_sent")).append(" | ")
                    .append(pair(row, "request_sent_to_push_arrived")).append(" | ").append(pair(row, "push_arrived_to_shown"))
                    .append(" | ").append(pair(row, "latency")).append(" |\n");
        }
        md.append("\nServer measured: ").append(results.get("browser_server")).append(", on the benchmark's MariaDB.\n\n");
        md.append("Who used the two cores while the pages edited (percent of all cores, from /proc):\n\n");
        cpuShares(md, latency);
        md.append("\nChromium CPU is all its processes' CPU time during the edits, divided by edits and pages; the "
                + "renderers run the pages (the editing page's editor included), the GPU process composites every page's "
                + "frames (in software: no GPU here), the browser process also carries the driver's commands. An edit "
                + "sends every page four updates (the editor's mark, the new title, the mark moving to the next field, "
                + "the mark cleared). A page's main thread busy is Chrome's own TaskDuration: the wall time of its tasks, "
                + "which grows when they wait for a core.\n");
        windowCpu(md, latency);
        md.append("\nTargets: p95 ≤ 150 ms with 30 pages, and ≤ 5× the echo floor.\n\n");
        md.append("![Edit-to-screen latency](latency.png)\n\n");
        plot(latencyData, "Edit-to-screen latency (ms); the line: the 150 ms target for the p95 with 30 pages",
                dir.resolve("latency.png"), 150);
    }

    @SuppressWarnings("unchecked")
    private static void cpuShares(StringBuilder md, List<Map<String, Object>> latency) {
        Map<String, Object> first = (Map<String, Object>) latency.get(0).get("cpu_share_percent");
        if (first == null || first.isEmpty()) {
            md.append("(not measured)\n");
            return;
        }
        md.append("| pages | ").append(String.join(" | ", first.keySet()))
                .append(" | Chromium CPU ms per edit, per page | of which renderers | GPU process CPU ms per edit "
                        + "| a page's main thread busy, ms per edit |\n|---|");
        md.append("---|".repeat(first.size() + 4)).append("\n");
        for (Map<String, Object> row : latency) {
            Map<String, Object> shares = (Map<String, Object>) row.get("cpu_share_percent");
            md.append("| ").append(row.get("pages"));
            first.keySet().forEach(owner -> md.append(" | ").append(shares.get(owner)));
            md.append(" | ").append(row.get("chromium_cpu_ms_per_edit_per_page")).append(" | ")
                    .append(row.get("renderer_cpu_ms_per_edit_per_page")).append(" | ")
                    .append(row.get("gpu_process_cpu_ms_per_edit")).append(" | ")
                    .append(row.get("page_main_thread_ms_per_edit")).append(" |\n");
        }
    }

    /** The CPU each owner used in the second after each key press, per edit. */
    @SuppressWarnings("unchecked")
    private static void windowCpu(StringBuilder md, List<Map<String, Object>> latency) {
        Map<String, Object> first = (Map<String, Object>) latency.get(0).get("cpu_in_the_second_after_the_key");
        if (first == null || first.isEmpty()) {
            return;
        }
        Map<String, Object> owners = (Map<String, Object>) first.get("cpu_ms_per_edit");
        md.append("\nCPU used in the second after each key press, per edit, in ms of CPU: from just after the key "
                + "press (once the harness has it back) for one second, during which the harness asks nothing of the "
                + "pages. It holds all that one edit costs the machine: the new title reaching every page, and the "
                + "editing mark moving to the next field 300 ms later. Two cores cannot do that work in less than half "
                + "its sum. (Runs before 2026-11-30 ended this window when the harness, asking each page in turn, had "
                + "seen the change in the last one.)\n\n");
        md.append("| pages | wall ms | all CPU ms | half of it (2 cores) | ").append(String.join(" | ", owners.keySet()))
                .append(" | renderer CPU ms per page |\n|---|---|---|---|");
        md.append("---|".repeat(owners.size() + 1)).append("\n");
        for (Map<String, Object> row : latency) {
            Map<String, Object> window = (Map<String, Object>) row.get("cpu_in_the_second_after_the_key");
            if (window == null || window.isEmpty()) {
                continue;
            }
            Map<String, Object> cpu = (Map<String, Object>) window.get("cpu_ms_per_edit");
            md.append("| ").append(row.get("pages")).append(" | ").append(window.get("wall_ms_per_edit")).append(" | ")
                    .append(window.get("all_cpu_ms_per_edit")).append(" | ")
                    .append(Stats.round(num(window.get("all_cpu_ms_per_edit")) / 2));
            owners.keySet().forEach(owner -> md.append(" | ").append(cpu.get(owner)));
            md.append(" | ").append(window.get("renderer_cpu_ms_per_edit_per_page")).append(" |\n");
        }
    }

    /** A bar chart with a horizontal line at {@code target}, which the axis always shows. */
    private static void plot(DefaultCategoryDataset data, String title, Path file, double target) throws IOException {
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().addRangeMarker(new ValueMarker(target, Color.DARK_GRAY, new BasicStroke(2f)));
        ValueAxis axis = chart.getCategoryPlot().getRangeAxis();
        if (axis.getUpperBound() < target * 1.1) { // the axis fits the bars only: show the line too
            axis.setUpperBound(target * 1.1);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 800, 400);
    }

    /** "p50 / p95" of one of a row's statistics, or a dash when it has none. */
    @SuppressWarnings("unchecked")
    static String pair(Map<String, Object> row, String key) {
        Map<String, Object> stats = (Map<String, Object>) row.get(key);
        return stats == null || num(stats.get("count")) == 0 ? "–" : stats.get("p50_ms") + " / " + stats.get("p95_ms");
    }

    private static double num(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String ratio(double value, double floor) {
        return floor <= 0 ? "–" : String.valueOf(Math.round(value / floor * 10) / 10.0) + "×";
    }
}
