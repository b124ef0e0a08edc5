package org.tashawur.bench;

import java.util.List;
import java.util.Map;

/** The report's section on participants that speak Vaadin's protocol over real connections. */
final class ProtocolSection {

    private ProtocolSection() {
    }

    /** "Tomcat's worker threads / all threads" of the server, from the per-pool counts. */
    private static String threads(Object pools) {
        if (!(pools instanceof Map<?, ?> counts) || counts.isEmpty()) {
            return "–";
        }
        long all = 0;
        long workers = 0;
        for (Map.Entry<?, ?> pool : counts.entrySet()) {
            long count = ((Number) pool.getValue()).longValue();
            all += count;
            if (String.valueOf(pool.getKey()).startsWith("http-nio")) {
                workers += count;
            }
        }
        return workers + " / " + all;
    }

    static void write(StringBuilder md, List<Map<String, Object>> levels) {
        md.append("## 3a. Edit-to-push with participants on real connections (no browsers)\n\n");
        md.append("One Chromium page edits; the other participants are clients in the benchmark's JVM that speak "
                + "Vaadin's own protocol to the production jar, as a browser's client does: each opens the meeting "
                + "with a guest's rejoin cookie (its own HTTP session, the same workspace screen a browser gets), "
                + "opens Atmosphere's push WebSocket, asks for its first 20 cards as the browser's list does, and "
                + "sends heartbeats. They draw nothing and run no JavaScript, so the time is the server's and the "
                + "network's, up to each participant's socket: from the editing page's Tab key to the push message "
                + "with the new title arriving. The meeting grows level by level; every participant stays "
                + "connected. Heap: the server JVM's heap in use after two full collections (jcmd), at each level; "
                + "it includes real sessions, push connections and their buffers, which section 3 does not "
                + "simulate, and the caches each of the server's threads keeps (Tomcat adds worker threads under "
                + "load, up to its limit: 50 since decision record 0013, 200 before). The clients share the two "
                + "cores with the server and the page. Server CPU: the server JVM's CPU time (/proc, in 10 ms "
                + "ticks) from when the harness has the key press back until every socket has the title.\n\n");
        md.append("| participants | edits | samples | p50 ms | p95 ms | p99 ms | max ms | last participant per edit p50 / p95 ms "
                + "| key → request sent p50 / p95 | request sent → push arrived p50 / p95 | server CPU ms per edit "
                + "| not received in 30 s | edits that did not get through | joining s | server heap after GC MB | KB per participant joined at this level | server threads: Tomcat workers / all |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> row : levels) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) row.get("latency");
            md.append("| ").append(row.get("participants")).append(" | ").append(row.get("edits")).append(" | ")
                    .append(s.get("count")).append(" | ").append(s.get("p50_ms")).append(" | ").append(s.get("p95_ms"))
                    .append(" | ").append(s.get("p99_ms")).append(" | ").append(s.get("max_ms")).append(" | ")
                    .append(BenchReport.pair(row, "last_participant_per_edit")).append(" | ")
                    .append(BenchReport.pair(row, "key_to_request_sent")).append(" | ")
                    .append(BenchReport.pair(row, "request_sent_to_push_arrived")).append(" | ")
                    .append(row.get("server_cpu_ms_per_edit_until_everyone_has_it")).append(" | ")
                    .append(row.get("not_received_within_30_s")).append(" | ")
                    .append(row.getOrDefault("edits_that_did_not_get_through", "–")).append(" | ")
                    .append(row.get("joining_s")).append(" | ")
                    .append(row.get("server_heap_mb_after_gc")).append(" | ")
                    .append(row.get("server_heap_kb_per_participant_joined_at_this_level")).append(" | ")
                    .append(threads(row.get("server_threads"))).append(" |\n");
        }
        md.append("\nTargets that apply: edit-to-screen p95 ≤ 150 ms (here without the drawing, which section 1 "
                + "measures); ≤ 250 KB per connected participant; 1,000 participants in ≤ 1 GB (the server runs "
                + "with -Xmx1g).\n\n");
    }
}
