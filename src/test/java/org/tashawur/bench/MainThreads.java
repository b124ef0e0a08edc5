package org.tashawur.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * The work of the pages' main threads (Chrome's own TaskDuration metric, over the DevTools
 * protocol): scripts, style, layout and the rest of what a page must do before it can show a
 * change, without what the compositor and the GPU process do afterwards. It is the wall time of
 * those tasks, so it grows when a page's renderer waits for a core.
 */
final class MainThreads {

    private final List<CDPSession> sessions;
    private final double before;

    private MainThreads(List<CDPSession> sessions) {
        this.sessions = sessions;
        this.before = total();
    }

    static MainThreads of(List<BrowserContext> contexts, List<Page> pages) {
        List<CDPSession> sessions = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            CDPSession session = contexts.get(i).newCDPSession(pages.get(i));
            session.send("Performance.enable");
            sessions.add(session);
        }
        return new MainThreads(sessions);
    }

    /** Main-thread milliseconds per page per edit since the start (a page's own turns as editor included). */
    double msPerPagePerEdit(int edits) {
        return Stats.round((total() - before) * 1000 / sessions.size() / edits);
    }

    private double total() {
        double seconds = 0;
        for (CDPSession session : sessions) {
            JsonObject answer = session.send("Performance.getMetrics");
            for (JsonElement metric : answer.getAsJsonArray("metrics")) {
                if ("TaskDuration".equals(metric.getAsJsonObject().get("name").getAsString())) {
                    seconds += metric.getAsJsonObject().get("value").getAsDouble();
                }
            }
        }
        return seconds;
    }
}
