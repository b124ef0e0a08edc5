package org.tashawur.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.component.virtuallist.VirtualList;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.tashawur.MockBrowser;
import org.tashawur.SignedIn;
import org.tashawur.TestMeetings;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.Phase;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.DotVoteService;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.SaveOutcome;

/** What the server spends: per connected participant, per autosave, per opening of a big meeting. */
final class ServerParts {

    private static final Routes ROUTES = org.tashawur.AppRoutes.all();

    /** Edits whose fan-out is timed in each participants' run (median reported, all in the JSON). */
    private static final int FAN_OUT_EDITS = Integer.getInteger("bench.fanOutEdits", 5);

    /** Cards a laptop's list asks for at first (the view's height plus a margin). */
    private static final int CARDS_ON_SCREEN = 20;

    private final ApplicationContext context;
    private final ItemService items;
    private final ParticipantService participants;
    private final ConsultationService consultations;
    private final Statistics statistics;

    ServerParts(ApplicationContext context) {
        this.context = context;
        this.items = context.getBean(ItemService.class);
        this.participants = context.getBean(ParticipantService.class);
        this.consultations = context.getBean(ConsultationService.class);
        this.statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    /**
     * Connected participants simulated in this JVM: each is a Vaadin session and UI (Karibu) that
     * joined through the join screen and holds the workspace with its Collaboration Engine
     * subscriptions and its first cards; no browser, no HTTP, no push connection. Retained heap
     * is measured after full GCs; an edit's fan-out (the median of a few edits) is the time from
     * the save's return until every UI of the meeting has run the change (counted by
     * {@link ScreensReached}) and prepared the message its browser would get (one thread runs the UIs in turn here; the engine hands the change to
     * them on its own threads).
     */
    Map<String, Object> participants(int count, int meetingsCount) {
        List<TestMeetings.Meeting> meetings = new ArrayList<>();
        TestMeetings factory = new TestMeetings(consultations, participants);
        for (int m = 0; m < meetingsCount; m++) {
            meetings.add(factory.create());
        }
        ParticipantRef author = factory.join(meetings.get(0), "Auteur", StakeholderGroup.EXPERTS);
        ItemSummary below = items.create(ItemKind.EXPECTATION, "Élément plus ancien", "", null, author);
        List<ItemSummary> newest = new ArrayList<>();
        for (int i = 1; i < CARDS_ON_SCREEN; i++) {
            newest.add(items.create(ItemKind.EXPECTATION, "Élément " + i, "", null, author));
        }
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Élément suivi", "", null, author);
        newest.add(item);
        MockSpringServlet servlet = new MockSpringServlet(ROUTES, context, UI::new);
        // A tenth of the participants join first (class loading, query plans and other one-off
        // caches fill up then), so that the difference measured is what each further one costs.
        List<MockBrowser> browsers = new ArrayList<>();
        int warmUp = Math.max(1, count / 10);
        for (int i = 0; i < warmUp; i++) {
            browsers.add(showingCards(MockBrowser.open(servlet).join(meetings.get(i % meetingsCount).id(), "P" + i,
                    "Bench", StakeholderGroup.EXPERTS)));
        }
        drain(browsers);
        long before = usedHeapAfterGc();
        if (Boolean.getBoolean("bench.histogram")) {
            histogram("before-" + count, meetingsCount);
        }
        long joinStart = System.nanoTime();
        for (int i = warmUp; i < count; i++) {
            TestMeetings.Meeting meeting = meetings.get(i % meetingsCount);
            browsers.add(showingCards(MockBrowser.open(servlet).join(meeting.id(), "P" + i, "Bench",
                    StakeholderGroup.EXPERTS)));
            if (i % 25 == 0) {
                drain(browsers); // a server runs each screen's updates as they come, not all at the end
            }
        }
        double joinMs = (System.nanoTime() - joinStart) / 1e6;
        drain(browsers);
        long after = usedHeapAfterGc();
        if (Boolean.getBoolean("bench.histogram")) {
            histogram("after-" + count, meetingsCount);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("participants", count);
        result.put("meetings", meetingsCount);
        result.put("retained_heap_per_participant_kb", Stats.round((after - before) / 1024.0 / (count - warmUp)));
        result.put("heap_used_after_mb", Stats.round(after / 1024.0 / 1024.0));
        result.put("heap_max_mb", Stats.round(Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0));
        result.put("join_ms_per_participant", Stats.round(joinMs / (count - warmUp)));
        int screens = (count + meetingsCount - 1) / meetingsCount;
        FanOut inView;
        try (Recording recording = profiling(count, meetingsCount)) {
            inView = fanOut(browsers, screens, item.id(), titleEdit(item, author));
        }
        result.put("edit_save_ms", Stats.round(inView.saves().p50()));
        result.put("edit_fan_out_ms", Stats.round(inView.times().p50()));
        result.put("edit_fan_out", inView.times().toMap());
        result.put("screens_of_that_meeting", screens);
        result.put("screens_reached", inView.leastReached());
        // An item below the cards in view (the meeting's oldest, under CARDS_ON_SCREEN newer ones).
        FanOut belowView = fanOut(browsers, screens, below.id(), titleEdit(below, author));
        result.put("edit_below_view_fan_out_ms", Stats.round(belowView.times().p50()));
        result.put("edit_statements_per_screen", Stats.round(inView.statementsPerScreen()));
        result.put("edit_below_view_statements_per_screen", Stats.round(belowView.statementsPerScreen()));
        FanOut vote = voteBelowView(browsers, screens, meetings.get(0), newest, below);
        result.put("vote_below_view_fan_out_ms", Stats.round(vote.times().p50()));
        result.put("vote_below_view_statements_per_screen", Stats.round(vote.statementsPerScreen()));
        MockBrowser.closeAll(browsers);
        return result;
    }

    /** The e-th edit of the item's title (from 1), by its author. */
    private IntConsumer titleEdit(ItemSummary item, ParticipantRef author) {
        return e -> items.update(item.id(), ItemField.TITLE, e == 1 ? item.title() : item.title() + ", modifié " + (e - 1),
                item.title() + ", modifié " + e, author);
    }

    /**
     * The prioritisation phase: every screen ranks its list by dots. Ten voters put two dots on
     * each of the 20 cards in view; then another participant puts a dot on the item ranked just
     * after them (the oldest, which no screen has shown), takes it back, and so on: a vote that
     * leaves every screen's cards as they are.
     */
    private FanOut voteBelowView(List<MockBrowser> browsers, int screens, TestMeetings.Meeting meeting,
            List<ItemSummary> inView, ItemSummary after) {
        SignedIn.as("FACILITATOR");
        try {
            consultations.changePhase(meeting.id(), Phase.PRIORITISATION);
        } finally {
            SignedIn.out();
        }
        TestMeetings factory = new TestMeetings(consultations, participants);
        DotVoteService votes = context.getBean(DotVoteService.class);
        for (int v = 0; v < inView.size() / 2; v++) {
            ParticipantRef voter = factory.join(meeting, "Votant " + v, StakeholderGroup.ASSOCIATIONS);
            votes.setDots(inView.get(2 * v).id(), voter, 2);
            votes.setDots(inView.get(2 * v + 1).id(), voter, 2);
        }
        // Only now do the screens rank their lists, with these votes in: no screen has shown the
        // oldest item (it ranked first as long as no item had a dot).
        drain(browsers);
        ParticipantRef voter = factory.join(meeting, "Votante", StakeholderGroup.EXPERTS);
        return fanOut(browsers, screens, after.id(), e -> votes.setDots(after.id(), voter, e % 2));
    }

    /**
     * One item's changes, timed from each save's return until every screen has run it; and the
     * SQL statements the screens ran meanwhile, per screen of the meeting.
     */
    private record FanOut(Stats saves, Stats times, int leastReached, double statementsPerScreen) {
    }

    /**
     * Times a few edits of {@code item}, one after the other (a single one is at the mercy of a
     * GC or of the machine's other work).
     */
    private FanOut fanOut(List<MockBrowser> browsers, int screens, long itemId, IntConsumer change) {
        List<Double> saves = new ArrayList<>();
        List<Double> fanOuts = new ArrayList<>();
        int leastReached = Integer.MAX_VALUE;
        long statements = 0;
        for (int e = 1; e <= FAN_OUT_EDITS; e++) {
            try (ScreensReached reached = new ScreensReached(itemId)) {
                long saved = System.nanoTime();
                change.accept(e);
                saves.add((System.nanoTime() - saved) / 1e6);
                long before = statistics.getPrepareStatementCount();
                long fanOut = System.nanoTime();
                long deadline = fanOut + TimeUnit.SECONDS.toNanos(60);
                while (reached.count() < screens && System.nanoTime() < deadline) {
                    drain(browsers);
                }
                drain(browsers); // the last screens' messages
                fanOuts.add((System.nanoTime() - fanOut) / 1e6);
                statements += statistics.getPrepareStatementCount() - before;
                leastReached = Math.min(leastReached, reached.count());
            }
        }
        return new FanOut(Stats.of(saves), Stats.of(fanOuts), leastReached,
                statements / (double) FAN_OUT_EDITS / screens);
    }

    /**
     * Asks for the first cards as a browser's list does once it is on screen (its client calls
     * the list's {@code setViewportRange}). Without it a simulated screen holds no card: it
     * would neither keep the cards' data in memory nor draw the edited card again, and would
     * instead read the whole list again (one count query per screen) at every change.
     */
    private static MockBrowser showingCards(MockBrowser browser) {
        browser.use();
        _get(VirtualList.class).getDataCommunicator().setViewportRange(0, CARDS_ON_SCREEN);
        return browser;
    }

    /**
     * Autosave throughput: {@code writers} threads, each a participant editing its own item's
     * title as fast as saves return, for {@code seconds}. A save has returned when its
     * transaction has committed (InnoDB flushes its log at each commit), so its time is the
     * commit-to-durable latency.
     */
    Map<String, Object> autosave(int writers, int seconds) throws InterruptedException {
        TestMeetings factory = new TestMeetings(consultations, participants);
        TestMeetings.Meeting meeting = factory.create();
        List<ParticipantRef> people = new ArrayList<>();
        List<ItemSummary> own = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            ParticipantRef p = factory.join(meeting, "W" + w, StakeholderGroup.EXPERTS);
            people.add(p);
            own.add(items.create(ItemKind.PROPOSAL, "v0", "", null, p));
        }
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong conflicts = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            pool.submit(() -> {
                start.await();
                String current = "v0";
                int n = 0;
                while (System.nanoTime() < deadline) {
                    String next = "v" + (++n) + " " + writer;
                    long t0 = System.nanoTime();
                    SaveOutcome outcome = items.update(own.get(writer).id(), ItemField.TITLE, current, next, people.get(writer));
                    latencies.add((System.nanoTime() - t0) / 1e6);
                    if (outcome instanceof SaveOutcome.Saved) {
                        current = next;
                    } else {
                        conflicts.incrementAndGet();
                    }
                }
                return null;
            });
        }
        long t0 = System.nanoTime();
        start.countDown();
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("writers", writers);
        result.put("seconds", Stats.round(elapsed));
        result.put("edits", latencies.size());
        result.put("edits_per_second", Stats.round(latencies.size() / elapsed));
        result.put("conflicts", conflicts.get());
        result.put("commit_latency", Stats.of(new ArrayList<>(latencies)).toMap());
        return result;
    }

    /** Opening the workspace of a meeting with {@code count} items: server time and SQL statements. */
    Map<String, Object> openMeeting(int count, int samples) {
        TestMeetings factory = new TestMeetings(consultations, participants);
        TestMeetings.Meeting meeting = factory.create();
        ParticipantRef author = factory.join(meeting, "Auteur", StakeholderGroup.EXPERTS);
        for (int i = 0; i < count; i++) {
            items.create(i % 2 == 0 ? ItemKind.EXPECTATION : ItemKind.PROPOSAL, "Élément " + i, "Détails " + i,
                    i % 3 == 0 ? meeting.themeA() : null, author);
        }
        MockSpringServlet servlet = new MockSpringServlet(ROUTES, context, UI::new);
        List<Double> times = new ArrayList<>();
        List<Long> statements = new ArrayList<>();
        for (int s = 0; s < samples; s++) {
            MockBrowser browser = MockBrowser.open(servlet);
            statistics.clear();
            long t0 = System.nanoTime();
            browser.join(meeting.id(), "Lecteur " + s, "Bench", StakeholderGroup.EXPERTS);
            // The count and the first page of cards, as the browser asks for them after the first response.
            @SuppressWarnings("unchecked")
            com.vaadin.flow.data.provider.DataProvider<ItemSummary, Object> provider =
                    (com.vaadin.flow.data.provider.DataProvider<ItemSummary, Object>) com.github.mvysny.kaributesting.v10
                            .LocatorJ._get(com.vaadin.flow.component.virtuallist.VirtualList.class).getDataProvider();
            provider.size(new com.vaadin.flow.data.provider.Query<>());
            provider.fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, List.of(), null, null)).count();
            times.add((System.nanoTime() - t0) / 1e6);
            statements.add(statistics.getPrepareStatementCount());
            MockBrowser.closeAll(List.of(browser));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", count);
        result.put("server_time", Stats.of(times).toMap());
        result.put("sql_statements", Collections.max(statements));
        return result;
    }

    /**
     * With {@code -Dbench.jfr=DIR}, a Flight Recording (the JDK's "profile" settings) of the
     * fan-out edits alone, written to DIR/fan-out-PARTICIPANTS-MEETINGS.jfr; null otherwise.
     */
    private static @Nullable Recording profiling(int count, int meetings) {
        String dir = System.getProperty("bench.jfr");
        if (dir == null) {
            return null;
        }
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setDestination(Path.of(dir, "fan-out-" + count + "-" + meetings + ".jfr"));
            recording.start();
            return recording;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot start the flight recording", e);
        }
    }

    /** What fills the heap, class by class (bash bench/run --quick -Dbench.histogram=true). */
    private static void histogram(String when, int meetings) {
        try {
            Path out = Path.of("target", "benchmarks", "histogram-" + when + "-" + meetings + ".txt");
            Files.createDirectories(out.getParent());
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectOutput(out.toFile()).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs what every screen has queued, until nothing is left, then prepares what each screen
     * would send to its browser (what runs before a response: the list's data communicator turns
     * the changed cards into JSON and queues the client call that applies them) and drops it: a
     * server writes that into the next response or push and forgets it; Karibu writes no
     * response, so without this it would pile up and be counted. Writing to the socket is not
     * simulated.
     */
    private static void drain(List<MockBrowser> browsers) {
        boolean pending = true;
        while (pending) {
            pending = false;
            for (MockBrowser browser : browsers) {
                browser.use();
                MockVaadin.runUIQueue();
                // What a server does before writing a response or push: run what waits for it
                // (the data communicator's JSON), then take the client calls and the changes.
                // Not Karibu's clientRoundtrip, which also walks every component for dialogs.
                UIInternals internals = browser.ui().getInternals();
                // A live browser's heartbeat: without it, live.SilentScreens would close the screen.
                internals.setLastHeartbeatTimestamp(System.currentTimeMillis());
                internals.getStateTree().runExecutionsBeforeClientResponse();
                internals.dumpPendingJavaScriptInvocations();
                internals.getStateTree().collectChanges(change -> { });
                pending |= !com.vaadin.flow.server.VaadinSession.getCurrent().getPendingAccessQueue().isEmpty();
            }
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
