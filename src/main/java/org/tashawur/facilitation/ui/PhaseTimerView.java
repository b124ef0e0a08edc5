package org.tashawur.facilitation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import org.tashawur.consultation.PhaseTimer;

/**
 * The phase timer as everyone sees it: minutes and seconds left, counting down in the browser
 * between the facilitator's changes (no server round trip per second). Paused, it shows what is
 * left; past zero it turns red and stays at 00:00; nothing closes by itself.
 */
class PhaseTimerView extends Composite<Span> {

    /** Counts down from $0 ms in the browser, or only shows them when $1 (paused). */
    private static final String COUNTDOWN = """
            const el = this.querySelector('.timer-clock');
            clearInterval(this.__tashawurTimer);
            const fmt = ms => { const s = Math.max(0, Math.ceil(ms / 1000));
              return String(Math.floor(s / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0'); };
            const end = Date.now() + $0;
            const tick = () => { const left = $1 ? $0 : end - Date.now();
              el.textContent = fmt(left); this.classList.toggle('timer-over', left <= 0);
              if (left <= 0) clearInterval(this.__tashawurTimer); };
            tick();
            if (!$1) { this.__tashawurTimer = setInterval(tick, 1000); }
            """;

    private final Span icon = new Span();
    /** Its text is the browser's: the server never sets it after attaching, so the two never fight. */
    private final Span clock = new Span();

    PhaseTimerView() {
        getContent().addClassName("phase-timer");
        icon.addClassName("timer-icon");
        clock.addClassName("timer-clock");
        getContent().add(icon, clock);
        getContent().setVisible(false);
    }

    void show(PhaseTimer timer) {
        Span content = getContent();
        content.setVisible(timer.isSet());
        content.getElement().setAttribute("data-state", timer.state().name());
        content.getElement().setAttribute("data-remaining-s", Long.toString((timer.remainingMs() + 999) / 1000));
        content.getElement().setAttribute("title", getTranslation("timer.state." + timer.state().name()));
        icon.setText(timer.state() == PhaseTimer.State.PAUSED ? "⏸" : "⏱");
        if (timer.isSet()) {
            content.getElement().executeJs(COUNTDOWN, (double) timer.remainingMs(), timer.state() == PhaseTimer.State.PAUSED);
        }
    }
}
