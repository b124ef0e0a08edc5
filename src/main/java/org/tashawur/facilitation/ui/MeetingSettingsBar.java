package org.tashawur.facilitation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.Notices;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.Meeting;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.MeetingSettings;
import org.tashawur.consultation.Operation;
import org.tashawur.consultation.PhaseTimer;
import org.tashawur.facilitation.SettingsSignal;
import org.tashawur.live.MeetingSignals;
import org.tashawur.participant.ParticipantRef;

/**
 * The phase timer for everyone and, for facilitators, the meeting's settings: pre-moderation,
 * the dot budget, and the timer's controls (start or add minutes, pause or resume, clear).
 * Every change reaches every screen live; the services refuse anyone else.
 */
public class MeetingSettingsBar extends Composite<Div> {

    private final ConsultationService consultations;
    private final ParticipantRef me;
    private final Consumer<MeetingSettings> onChange;
    private final PhaseTimerView timer = new PhaseTimerView();
    private final Checkbox premoderation = new Checkbox();
    private final IntegerField dotBudget = new IntegerField();
    private final IntegerField minutes = new IntegerField();
    private final Button startOrExtend = new Button();
    private final Button pauseOrResume = new Button();
    private final Button clear = new Button();
    private MeetingSettings settings;

    public MeetingSettingsBar(ConsultationService consultations, MeetingAccess access, MeetingSignals signals,
            Clock clock, ParticipantRef me, Consumer<MeetingSettings> onChange) {
        this.consultations = consultations;
        this.me = me;
        this.onChange = onChange;
        this.settings = consultations.settings(me.meetingId());
        getContent().addClassName("meeting-settings");
        getContent().add(timer);
        if (access.offers(Operation.RUN_MEETING, consultations.phase(me.meetingId()), true)) {
            addControls();
        }
        signals.subscribe(this, me, me.meetingId(), SettingsSignal.CHANNEL, SettingsSignal.class,
                (key, signal) -> show(new MeetingSettings(me.meetingId(), signal.premoderation(), signal.dotBudget(),
                        signal.timerAt(clock.millis()))));
        show(settings);
    }

    public MeetingSettings settings() {
        return settings;
    }

    private void addControls() {
        premoderation.setLabel(getTranslation("settings.premoderation"));
        premoderation.addClassName("premoderation-toggle");
        premoderation.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(() -> consultations.setPremoderation(me.meetingId(), e.getValue()));
            }
        });
        dotBudget.setLabel(getTranslation("settings.dotBudget"));
        dotBudget.setMin(1);
        dotBudget.setMax(Meeting.DOT_BUDGET_MAX);
        dotBudget.setStepButtonsVisible(true);
        dotBudget.addClassName("dot-budget-field");
        dotBudget.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Integer value = e.getValue();
                if (value == null) {
                    dotBudget.setValue(settings.dotBudget());
                } else {
                    run(() -> consultations.setDotBudget(me.meetingId(), value));
                }
            }
        });
        minutes.setLabel(getTranslation("timer.minutes"));
        minutes.setMin(1);
        minutes.setMax(Meeting.TIMER_MAX_MINUTES);
        minutes.setValue(10);
        minutes.setStepButtonsVisible(true);
        minutes.addClassName("timer-minutes");
        startOrExtend.addClassName("timer-start");
        startOrExtend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        startOrExtend.addClickListener(e -> run(() -> consultations.startOrExtendTimer(me.meetingId(),
                minutes.getValue() == null ? 0 : minutes.getValue())));
        pauseOrResume.addClassName("timer-pause");
        pauseOrResume.addThemeVariants(ButtonVariant.LUMO_SMALL);
        pauseOrResume.addClickListener(e -> run(() -> consultations.pauseOrResumeTimer(me.meetingId())));
        clear.setText(getTranslation("timer.clear"));
        clear.addClassName("timer-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> run(() -> consultations.clearTimer(me.meetingId())));
        Div timerControls = new Div(minutes, startOrExtend, pauseOrResume, clear);
        timerControls.addClassName("timer-controls");
        getContent().add(premoderation, dotBudget, timerControls);
    }

    private void run(Supplier<MeetingSettings> change) {
        try {
            show(change.get());
        } catch (UserFacingException e) {
            Notices.refused(this, e);
            show(settings);
        }
    }

    private void show(MeetingSettings newSettings) {
        boolean changed = !newSettings.equals(settings);
        settings = newSettings;
        PhaseTimer t = newSettings.timer();
        timer.show(t);
        premoderation.setValue(newSettings.premoderation());
        dotBudget.setValue(newSettings.dotBudget());
        startOrExtend.setText(getTranslation(t.isSet() ? "timer.extend" : "timer.start"));
        pauseOrResume.setText(getTranslation(t.state() == PhaseTimer.State.PAUSED ? "timer.resume" : "timer.pause"));
        pauseOrResume.setEnabled(t.isSet());
        clear.setEnabled(t.isSet());
        if (changed) {
            onChange.accept(newSettings);
        }
    }
}
