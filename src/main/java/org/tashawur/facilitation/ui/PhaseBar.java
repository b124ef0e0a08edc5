package org.tashawur.facilitation.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;
import org.tashawur.base.ui.Notices;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.consultation.Phase;
import org.tashawur.facilitation.PhaseSignal;
import org.tashawur.live.MeetingSignals;
import org.tashawur.participant.ParticipantRef;

/**
 * The meeting's phase and what it lets participants do, on every screen, changing live when the
 * facilitator moves it; facilitators also get the control that moves it and the join code to show.
 */
public class PhaseBar extends Composite<Div> {

    private final Span phaseLabel = new Span();
    private final Span help = new Span();
    private final Select<Phase> control = new Select<>();
    private final Consumer<Phase> onPhase;
    private Phase phase;

    public PhaseBar(ConsultationService consultations, MeetingAccess access, MeetingSignals signals,
            ParticipantRef me, Phase initial, Consumer<Phase> onPhase) {
        this.onPhase = onPhase;
        this.phase = initial;
        phaseLabel.addClassName("phase-label");
        help.addClassName("phase-help");
        getContent().addClassName("phase-bar");
        getContent().add(phaseLabel, help);
        if (access.offers(Operation.CHANGE_PHASE, initial, true)) {
            control.setItems(Phase.values());
            control.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
            control.setAriaLabel(getTranslation("phase.change"));
            control.addClassName("phase-control");
            control.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    try {
                        consultations.changePhase(me.meetingId(), e.getValue());
                    } catch (NotAllowedException denied) {
                        control.setValue(e.getOldValue());
                        Notices.refused(this, denied);
                    }
                }
            });
            Button showCode = new Button(getTranslation("joinCode.show"), e -> {
                String code = consultations.joinCode(me.meetingId());
                getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url ->
                        new JoinCodeDialog(code, JoinCodeDialog.link(url.toString(), code)).open()));
            });
            showCode.addThemeVariants(ButtonVariant.LUMO_SMALL);
            showCode.addClassName("show-join-code");
            Anchor log = new Anchor("meeting/" + me.meetingId() + "/audit", getTranslation("audit.title"));
            log.addClassName("audit-link");
            Anchor report = new Anchor("meeting/" + me.meetingId() + "/report", getTranslation("report.link"));
            report.addClassName("report-link");
            Anchor followUp = new Anchor("meeting/" + me.meetingId() + "/follow-up", getTranslation("followup.link"));
            followUp.addClassName("followup-link");
            getContent().add(control, showCode, log, report, followUp);
        }
        signals.subscribe(this, me, me.meetingId(), PhaseSignal.CHANNEL, PhaseSignal.class,
                (key, signal) -> show(Phase.valueOf(signal.phase())));
        show(initial);
    }

    public Phase phase() {
        return phase;
    }

    private void show(Phase newPhase) {
        boolean changed = newPhase != phase;
        phase = newPhase;
        phaseLabel.setText(getTranslation("phase.label", getTranslation(newPhase.messageKey())));
        help.setText(getTranslation("phase.help." + newPhase.name()));
        getContent().getElement().setAttribute("data-phase", newPhase.name());
        if (control.getParent().isPresent()) {
            control.setValue(newPhase);
        }
        if (changed) {
            onPhase.accept(newPhase);
        }
    }
}
