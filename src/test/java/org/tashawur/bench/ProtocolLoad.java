package org.tashawur.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.context.ApplicationContext;
import org.tashawur.TestMeetings;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;

/**
 * Edit-to-push with many participants on real connections: one editing Chromium page and
 * {@link ProtocolParticipant}s that speak Vaadin's protocol over HTTP and a push WebSocket each,
 * in the benchmark's JVM, against the production jar in its own JVM. The meeting grows by
 * levels (say 30, 100, 300, 1,000 participants); at each level the page makes a few edits, and
 * the time from its Tab key to each participant's socket receiving the new title is recorded.
 * At each level the server's heap is read after full collections, so the cost per participant
 * includes what real sessions, push connections and their buffers cost.
 * What is not there: the participants' drawing (they run no JavaScript), and their machines
 * (they share the server's two cores, as the editing page does).
 */
final class ProtocolLoad {

    private static final String EDITOR = "Editor";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long HEARTBEAT_SECONDS = 30;
    private static final int JOINING_THREADS = 4;

    private final BrowserParts browsers;
    private final ApplicationContext seeds;

    ProtocolLoad(BrowserParts browsers, ApplicationContext seeds) {
        this.browsers = browsers;
        this.seeds = seeds;
    }

    /** One row per level: the edits' latency to every participant's socket, and the server's heap. */
    List<Object> run(int[] levels, int edits) throws Exception {
        TestMeetings.Meeting meeting = new TestMeetings(seeds.getBean(ConsultationService.class),
                seeds.getBean(ParticipantService.class)).create();
        ParticipantService participants = seeds.getBean(ParticipantService.class);
        ParticipantRef seed = participants.join(meeting.id(), "Seed", "Bench", StakeholderGroup.EXPERTS);
        seeds.getBean(ItemService.class).create(ItemKind.EXPECTATION, "edit-0 départ", "", null, seed);
        ProductionServer app = browsers.server();
        HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
        List<ProtocolParticipant> joined = new ArrayList<>();
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "heartbeats"));
        ExecutorService joining = Executors.newFixedThreadPool(JOINING_THREADS, r -> daemon(r, "joining"));
        List<Object> rows = new ArrayList<>();
        try (BrowserContext context = browsers.editingContext()) {
            beats.scheduleWithFixedDelay(() -> heartbeats(joined), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
            Page editor = context.newPage();
            browsers.join(editor, meeting.id(), EDITOR);
            long heapAtLevel = ServerJvm.usedHeapAfterFullGc(app.pid());
            int firstEdit = 1;
            String lastTitle = "edit-0 ";
            for (int level : levels) {
                long joinStart = System.nanoTime();
                List<Future<ProtocolParticipant>> coming = new ArrayList<>();
                for (int i = joined.size(); i < level; i++) {
                    String key = participants.joinWithRejoinKey(meeting.id(), "Q" + i, "Bench",
                            StakeholderGroup.values()[i % StakeholderGroup.values().length]).rejoinKey();
                    coming.add(joining.submit(() -> ProtocolParticipant.join(http, app.url(""), meeting.id(), key,
                            EDITOR + " ·")));
                }
                for (Future<ProtocolParticipant> one : coming) {
                    synchronized (joined) {
                        joined.add(one.get(2, TimeUnit.MINUTES));
                    }
                }
                double joinSeconds = (System.nanoTime() - joinStart) / 1e9;
                long heap = ServerJvm.usedHeapAfterFullGc(app.pid());
                // -Dbench.pushHistogram=DIR writes the server's class histogram at each level.
                String histograms = System.getProperty("bench.pushHistogram");
                if (histograms != null) {
                    Files.createDirectories(Path.of(histograms));
                    Files.writeString(Path.of(histograms, "histogram-" + level + ".txt"), ServerJvm.histogram(app.pid()));
                }
                Map<String, Object> row = levelOf(editor, List.copyOf(joined), firstEdit, edits, lastTitle);
                lastTitle = (String) row.remove("last_title");
                firstEdit += edits;
                row.put("joining_s", Stats.round(coming.isEmpty() ? 0 : joinSeconds));
                row.put("server_heap_mb_after_gc", Stats.round(heap / 1024.0 / 1024));
                row.put("server_threads", ServerJvm.threads(app.pid()));
                row.put("server_heap_kb_per_participant_joined_at_this_level",
                        Stats.round(coming.isEmpty() ? 0 : (heap - heapAtLevel) / 1024.0 / coming.size()));
                heapAtLevel = heap;
                rows.add(row);
            }
        } finally {
            beats.shutdownNow();
            joining.shutdownNow();
            synchronized (joined) {
                joined.parallelStream().forEach(ProtocolParticipant::close);
            }
        }
        return rows;
    }

    /** {@code edits} edits by the page, each timed to every participant's socket. */
    private Map<String, Object> levelOf(Page editor, List<ProtocolParticipant> everyone, int firstEdit, int edits,
            String startTitle) {
        List<Double> latencies = new ArrayList<>();
        List<Double> lastOfEach = new ArrayList<>();
        List<Double> keyToRequest = new ArrayList<>();
        List<Double> requestToPush = new ArrayList<>();
        long server = browsers.server().pid();
        double serverCpuMs = 0;
        int missed = 0;
        int failedEdits = 0;
        String lastTitle = startTitle;
        for (int e = firstEdit; e < firstEdit + edits; e++) {
            double focusAt = ProtocolParticipant.Clock.epochMillis();
            BrowserParts.KeyPress press;
            try {
                press = browsers.edit(editor, "edit-" + e + " par " + EDITOR, lastTitle,
                        () -> awaitAll(everyone, p -> p.markSeenAt() > focusAt));
            } catch (PlaywrightException stuck) {
                // Counted and reported, as in part 1; the page starts again from the list.
                failedEdits++;
                BrowserParts.backToList(editor);
                continue;
            }
            double cpuBefore = CpuSampler.cpuSecondsOf(server);
            lastTitle = "edit-" + e + " par";
            int marker = e;
            awaitAll(everyone, p -> p.editSeenAt(marker) != null);
            serverCpuMs += (CpuSampler.cpuSecondsOf(server) - cpuBefore) * 1000;
            double last = 0;
            Object sent = editor.evaluate("window.__sentAt");
            if (sent instanceof Number at) {
                keyToRequest.add(at.doubleValue() - press.pressedAt());
            }
            for (ProtocolParticipant p : everyone) {
                Double seen = p.editSeenAt(marker);
                if (seen == null) {
                    missed++;
                    continue;
                }
                latencies.add(seen - press.pressedAt());
                last = Math.max(last, seen - press.pressedAt());
                if (sent instanceof Number at) {
                    requestToPush.add(seen - at.doubleValue());
                }
            }
            lastOfEach.add(last);
            if (Boolean.getBoolean("bench.timeline")) {
                System.out.printf("TIMELINE edit %d key %.1f sent %s arrivals %s%n", e, press.pressedAt(), sent,
                        everyone.stream().map(p -> p.editSeenAt(marker)).sorted().map(t -> String.format("%.1f", t))
                                .toList());
            }
            if (!BrowserParts.closeEditor(editor)) {
                failedEdits++;
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("participants", everyone.size());
        row.put("edits", edits);
        row.put("latency", Stats.of(latencies).toMap());
        row.put("last_participant_per_edit", Stats.of(lastOfEach).toMap());
        row.put("key_to_request_sent", Stats.of(keyToRequest).toMap());
        row.put("request_sent_to_push_arrived", Stats.of(requestToPush).toMap());
        row.put("server_cpu_ms_per_edit_until_everyone_has_it", Stats.round(serverCpuMs / edits));
        row.put("not_received_within_30_s", missed);
        row.put("edits_that_did_not_get_through", failedEdits);
        row.put("last_title", lastTitle);
        return row;
    }

    /** Waits, polling every 5 ms, until every participant passes, or 30 s. */
    private static void awaitAll(List<ProtocolParticipant> everyone, Predicate<ProtocolParticipant> check) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && !everyone.stream().allMatch(check)) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void heartbeats(List<ProtocolParticipant> joined) {
        List<ProtocolParticipant> now;
        synchronized (joined) {
            now = List.copyOf(joined);
        }
        for (ProtocolParticipant p : now) {
            try {
                p.heartbeat();
            } catch (IOException e) {
                // counted by the edits it misses
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
