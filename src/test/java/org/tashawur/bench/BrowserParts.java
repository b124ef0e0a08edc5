package org.tashawur.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.tashawur.TestMeetings;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.e2e.RunningApp;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;

/**
 * What a participant experiences, in real Chromium pages (one browser, one context per
 * participant) on the production jar in its own JVM on a real port: edit-to-screen latency for
 * N pages, the floors on the same machine, and opening a big meeting.
 */
final class BrowserParts implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--disable-renderer-backgrounding", "--disable-background-timer-throttling",
            "--disable-backgrounding-occluded-windows");

    /** Records, in each page, when a title with a marker first shows (the page's own clock, shared by all). */
    private static final String WATCH = """
            () => { window.__seen = {}; new MutationObserver(() => {
              for (const t of document.querySelectorAll('.item-card .item-title')) {
                const m = /edit-(\\d+)/.exec(t.textContent); if (m && !(m[1] in window.__seen)) window.__seen[m[1]] = Date.now();
              } }).observe(document.body, {subtree: true, childList: true, characterData: true}); }
            """;

    /**
     * Records, in each page, when a push message naming a marker first arrives on Vaadin's
     * WebSocket: the part of the latency spent before the page starts drawing.
     */
    private static final String SOCKET = """
            (() => { const W = window.WebSocket; window.__sock = {};
              const Wrapped = function (...args) { const ws = new W(...args);
                ws.addEventListener('message', ev => { if (typeof ev.data !== 'string') return;
                  const re = /edit-(\\d+)/g; let r; while ((r = re.exec(ev.data))) { if (!(r[1] in window.__sock)) window.__sock[r[1]] = Date.now(); } });
                return ws; };
              Wrapped.prototype = W.prototype;
              ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(k => Wrapped[k] = W[k]);
              window.WebSocket = Wrapped; })();
            """;

    /**
     * Records, in each page, when the browser received the last Tab key press (the event's own
     * time stamp, on the clock the other pages read): the moment the participant left the field;
     * and when Vaadin's client then sent its request (over HTTP; push comes back on the socket).
     */
    private static final String KEY_PRESS = """
            document.addEventListener('keydown', ev => { if (ev.key === 'Tab') {
              window.__tabAt = Date.now() - (performance.now() - ev.timeStamp); window.__sentAt = null; } }, true);
            const send = XMLHttpRequest.prototype.send;
            XMLHttpRequest.prototype.send = function (body) {
              if (window.__sentAt === null) window.__sentAt = Date.now();
              return send.call(this, body); };
            """;

    /** Harness checks poll on a timer, not on every animation frame, so as not to make pages draw. */
    private static final double POLL_MS = 25;

    /**
     * How long the harness leaves the pages alone after the key press: every page shows the
     * change well within it, and the CPU each owner used in it is what one edit costs the machine
     * (the new title, and the editing mark moving to the next field 300 ms later).
     */
    private static final double QUIET_MS = 1_000;

    private final ProductionServer app;
    private final ApplicationContext seeds;
    private final Playwright playwright;
    private final Browser browser;

    /**
     * Starts the production jar on the benchmark's database; {@code seeds} (the benchmark's own
     * context, on the same database) writes the meetings before the pages open them.
     */
    BrowserParts(ApplicationContext seeds, Path serverLog) {
        this.seeds = seeds;
        app = ProductionServer.start(ProductionServer.jar(), seeds.getBean(DataSource.class), RunningApp.freePort(),
                "1g", serverLog);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(FLAGS));
    }

    /** Edit-to-screen latency with {@code pages} participants, {@code edits} edits by turns. */
    Map<String, Object> editToScreen(int pages, int edits) {
        TestMeetings.Meeting meeting = new TestMeetings(seeds.getBean(ConsultationService.class),
                seeds.getBean(ParticipantService.class)).create();
        ParticipantRef seed = seeds.getBean(ParticipantService.class).join(meeting.id(), "Seed", "Bench",
                StakeholderGroup.EXPERTS);
        seeds.getBean(ItemService.class).create(ItemKind.EXPECTATION, "edit-0 départ", "", null, seed);
        List<BrowserContext> contexts = new ArrayList<>();
        List<Page> all = new ArrayList<>();
        try {
            for (int i = 0; i < pages; i++) {
                BrowserContext context = browser.newContext();
                context.addInitScript(SOCKET);
                context.addInitScript(KEY_PRESS);
                contexts.add(context);
                Page page = context.newPage();
                join(page, meeting.id(), "P" + i);
                page.evaluate(WATCH);
                all.add(page);
            }
            List<Double> latencies = new ArrayList<>();
            List<Double> arrivals = new ArrayList<>();
            List<Double> keyDispatch = new ArrayList<>();
            List<Double> requestSent = new ArrayList<>();
            List<Double> serverAndPush = new ArrayList<>();
            List<Double> drawing = new ArrayList<>();
            MainThreads mainThreads = MainThreads.of(contexts, all);
            CpuSampler cpu = CpuSampler.start(app.pid());
            WindowCpu windowCpu = new WindowCpu(cpu);
            int misses = 0;
            int failedEdits = 0;
            String lastTitle = "edit-0 ";
            for (int e = 1; e <= edits; e++) {
                Page editor = all.get(e % pages);
                double pressed;
                try {
                    String mark = "P" + (e % pages) + " ·";
                    List<Page> others = othersOf(all, e % pages);
                    KeyPress press = edit(editor, "edit-" + e + " par " + (e % pages), lastTitle,
                            () -> others.forEach(other -> awaitMark(other, mark)));
                    windowCpu.start();
                    pressed = press.pressedAt();
                    keyDispatch.add(press.pressedAt() - press.requestedAt());
                    lastTitle = "edit-" + e + " par";
                } catch (PlaywrightException stuck) {
                    // The editing page did not get through (say, its editor showed an older value
                    // and the conflict dialog rightly stopped the edit): counted, page reloaded.
                    failedEdits++;
                    backToList(editor);
                    editor.evaluate(WATCH);
                    continue;
                }
                // Nothing is asked of the pages while the change travels (asking them, page after
                // page, put the driver's and the browser process's work in the pages' way): the
                // harness waits a second, then reads when each page showed the change (a page
                // that has not yet is waited for; one that has answers the first check).
                editor.waitForTimeout(QUIET_MS);
                windowCpu.stop();
                List<Double> arrivedAt = new ArrayList<>();
                for (int p = 0; p < pages; p++) {
                    if (p == e % pages) {
                        continue;
                    }
                    Page other = all.get(p);
                    String marker = String.valueOf(e);
                    try {
                        other.waitForFunction("m => window.__seen && (m in window.__seen)", marker,
                                new Page.WaitForFunctionOptions().setTimeout(15_000).setPollingInterval(POLL_MS));
                    } catch (TimeoutError missed) {
                        misses++; // reported: a page that did not show the edit within 15 s
                        continue;
                    }
                    List<?> times = (List<?>) other.evaluate("m => [window.__seen[m], window.__sock[m] ?? null]", marker);
                    double shown = ((Number) times.get(0)).doubleValue();
                    latencies.add(shown - pressed);
                    if (times.get(1) instanceof Number arrived) {
                        arrivals.add(arrived.doubleValue() - pressed);
                        arrivedAt.add(arrived.doubleValue());
                        drawing.add(shown - arrived.doubleValue());
                    }
                }
                // Where the time went: the editing page's client until its request left, then
                // the server and the push until each other page had the message.
                if (editor.evaluate("window.__sentAt") instanceof Number requestAt) {
                    requestSent.add(requestAt.doubleValue() - pressed);
                    arrivedAt.forEach(at -> serverAndPush.add(at - requestAt.doubleValue()));
                }
                if (!closeEditor(editor)) {
                    failedEdits++;
                    editor.evaluate(WATCH);
                }
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("pages", pages);
            result.put("edits", edits);
            result.put("latency", Stats.of(latencies).toMap());
            result.put("push_arrival", Stats.of(arrivals).toMap());
            result.put("key_dispatch", Stats.of(keyDispatch).toMap());
            result.put("key_to_request_sent", Stats.of(requestSent).toMap());
            result.put("request_sent_to_push_arrived", Stats.of(serverAndPush).toMap());
            result.put("push_arrived_to_shown", Stats.of(drawing).toMap());
            result.put("machine_cpu_busy_percent", cpu.stop());
            result.put("cpu_share_percent", cpu.shares());
            // What drawing costs: Chromium's CPU time for one edit (the editing mark, the new
            // title, the next field's mark, the editor closing) in every page, per page; and
            // the part of it spent running the pages (renderers) and compositing their frames.
            result.put("chromium_cpu_ms_per_edit_per_page", Stats.round(cpu.chromiumSeconds() * 1000 / edits / pages));
            result.put("renderer_cpu_ms_per_edit_per_page",
                    Stats.round(cpu.cpuSeconds(CpuSampler.RENDERERS) * 1000 / edits / pages));
            result.put("gpu_process_cpu_ms_per_edit", Stats.round(cpu.cpuSeconds(CpuSampler.COMPOSITING) * 1000 / edits));
            result.put("page_main_thread_ms_per_edit", mainThreads.msPerPagePerEdit(edits));
            result.put("cpu_in_the_second_after_the_key", windowCpu.toMap(pages));
            result.put("not_shown_within_15_s", misses);
            result.put("edits_that_did_not_get_through", failedEdits);
            return result;
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    private static List<Page> othersOf(List<Page> all, int editor) {
        List<Page> others = new ArrayList<>(all);
        others.remove(editor);
        return others;
    }

    /**
     * When the harness asked Playwright to press Tab, and when the editing page received the key
     * (both on the page's clock, in ms since the epoch).
     */
    record KeyPress(double requestedAt, double pressedAt) {
    }

    /**
     * Opens the editor on the item, types {@code newTitle} as the title and leaves the field with
     * Tab; returns when the page received that key press, the moment the participant left the
     * field (Playwright takes a few ms, more on a loaded machine, to deliver it: reported apart).
     * A person takes seconds to type a title, so {@code othersSeeMark} waits until everyone else
     * has been shown that this one is editing the title ("✎ P3 · Titre" on the card, from the
     * moment the field has the focus) before the new title is typed: the latency measured is
     * that of the change, not of the change queued behind the editing mark of a few ms before.
     */
    KeyPress edit(Page editor, String newTitle, String lastTitle, Runnable othersSeeMark) {
        editor.locator(".item-card vaadin-button.edit").first().click();
        Locator title = editor.locator("vaadin-dialog-overlay .editor-title input");
        // Type only once the editor shows the latest title, as a person would: typing over an
        // older value is an edit from a stale base, which the conflict dialog (rightly) stops.
        editor.waitForFunction("m => { const i = document.querySelector('vaadin-dialog-overlay .editor-title input');"
                + " return i && i.value.startsWith(m); }", lastTitle,
                new Page.WaitForFunctionOptions().setTimeout(10_000).setPollingInterval(POLL_MS));
        title.focus();
        othersSeeMark.run();
        editor.waitForTimeout(100);
        title.fill(newTitle);
        double requested = ((Number) editor.evaluate("() => { window.__tabAt = null; return Date.now(); }")).doubleValue();
        title.press("Tab");
        // Playwright's press returns once the page has handled the key, so the time is there.
        Object pressed = editor.evaluate("window.__tabAt");
        if (!(pressed instanceof Number at)) {
            throw new PlaywrightException("The editing page did not see the Tab key");
        }
        return new KeyPress(requested, at.doubleValue());
    }

    /**
     * Closes the editing page's editor. A page that does not get through (say, the conflict
     * dialog stopped the edit) is reloaded back to its list, and the answer is false.
     */
    static boolean closeEditor(Page editor) {
        try {
            editor.locator("vaadin-dialog-overlay .editor-close").click();
            editor.locator("vaadin-dialog-overlay.item-editor").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.DETACHED));
            return true;
        } catch (PlaywrightException stuck) {
            backToList(editor);
            return false;
        }
    }

    /** Reloads a page whose edit did not get through, until its list shows again. */
    static void backToList(Page editor) {
        editor.reload();
        editor.locator(".item-list").waitFor();
    }

    /** Waits until the page shows, on a card, that the participant named in {@code mark} is editing. */
    private static void awaitMark(Page page, String mark) {
        page.waitForFunction("n => [...document.querySelectorAll('.item-card .editing')]"
                + ".some(s => !s.hidden && s.textContent.includes(n))", mark,
                new Page.WaitForFunctionOptions().setTimeout(15_000).setPollingInterval(POLL_MS));
    }

    /** A click whose answer comes back to the same page: support an item and see its count change. */
    Stats roundTrip(int samples) {
        TestMeetings.Meeting meeting = new TestMeetings(seeds.getBean(ConsultationService.class),
                seeds.getBean(ParticipantService.class)).create();
        ParticipantRef seed = seeds.getBean(ParticipantService.class).join(meeting.id(), "Seed", "Bench",
                StakeholderGroup.EXPERTS);
        seeds.getBean(ItemService.class).create(ItemKind.EXPECTATION, "rond", "", null, seed);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            join(page, meeting.id(), "Solo");
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                times.add(((Number) page.evaluate("""
                        () => new Promise(done => {
                          const b = document.querySelector('.item-card vaadin-button.support');
                          const before = b.textContent; const t0 = performance.now();
                          const o = new MutationObserver(() => { if (b.textContent !== before) { o.disconnect(); done(performance.now() - t0); } });
                          o.observe(b, {subtree: true, childList: true, characterData: true});
                          b.click(); })
                        """)).doubleValue());
            }
            return Stats.of(times);
        }
    }

    /** A raw WebSocket echo on loopback, from the same browser. */
    Stats echo(EchoServer server, int samples) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(app.url(""));
            List<?> times = (List<?>) page.evaluate("""
                    ([url, n]) => new Promise((done, fail) => {
                      setTimeout(() => fail(new Error('no echo within 20 s')), 20000);
                      const ws = new WebSocket(url); const out = []; let t0;
                      ws.onerror = () => fail(new Error('echo socket error'));
                      ws.onopen = () => { t0 = performance.now(); ws.send('x'); };
                      ws.onmessage = () => { out.push(performance.now() - t0);
                        if (out.length >= n) { ws.close(); done(out); } else { t0 = performance.now(); ws.send('x'); } };
                    })
                    """, List.of(server.url(), samples));
            return Stats.of(times.stream().map(t -> ((Number) t).doubleValue()).toList());
        }
    }

    /**
     * Opening a meeting of {@code items} items: from navigation until the first card shows its
     * data and its buttons. (The list draws a card before its data arrives, marked busy and
     * without buttons; until 2026-11-30 the time stopped at that first drawing.)
     */
    Map<String, Object> openBigMeeting(int items, int samples) {
        TestMeetings.Meeting meeting = new TestMeetings(seeds.getBean(ConsultationService.class),
                seeds.getBean(ParticipantService.class)).create();
        ParticipantRef author = seeds.getBean(ParticipantService.class).join(meeting.id(), "Auteur", "Bench",
                StakeholderGroup.EXPERTS);
        ItemService service = seeds.getBean(ItemService.class);
        for (int i = 0; i < items; i++) {
            service.create(i % 2 == 0 ? ItemKind.EXPECTATION : ItemKind.PROPOSAL, "Élément " + i + " مقترح",
                    "Détails de l’élément " + i, i % 3 == 0 ? meeting.themeA() : null, author);
        }
        List<Double> times = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            join(page, meeting.id(), "Lecteur");
            for (int s = 0; s < samples; s++) {
                double t0 = System.nanoTime();
                page.navigate(app.url("meeting/" + meeting.id()));
                page.locator(".item-card[aria-busy=false]").first().waitFor();
                times.add((System.nanoTime() - t0) / 1e6);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", items);
        result.put("usable", Stats.of(times).toMap());
        return result;
    }

    /** A new browser context whose pages record their Tab key presses and requests, for an editing page. */
    BrowserContext editingContext() {
        BrowserContext context = browser.newContext();
        context.addInitScript(KEY_PRESS);
        return context;
    }

    ProductionServer server() {
        return app;
    }

    String serverDescription() {
        return app.description();
    }

    void join(Page page, long meetingId, String name) {
        page.navigate(app.url("meeting/" + meetingId + "/join?lang=fr"));
        page.locator("#join-name input").fill(name);
        page.locator("#join-organisation input").fill("Bench");
        page.locator("#join-group").click();
        page.locator("vaadin-select-overlay vaadin-select-item").nth(1).click();
        page.locator("#join-submit").click();
        page.locator(".item-list").waitFor();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        app.close();
    }
}
