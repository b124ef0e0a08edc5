package org.tashawur.participant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tashawur.consultation.ConsultationService;

/** The short link a facilitator shows ({@code /j/CODE}): straight to the meeting's join screen. */
@Route("j/:code")
@AnonymousAllowed
class JoinByCodeView extends Div implements BeforeEnterObserver {

    private final ConsultationService consultations;

    JoinByCodeView(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        consultations.meetingByCode(code).ifPresentOrElse(
                meeting -> event.forwardTo("meeting/" + meeting.id() + "/join"),
                () -> {
                    Notification.show(((Component) this).getTranslation("joinCode.unknown", code), 6000,
                            Notification.Position.MIDDLE);
                    event.forwardTo("");
                });
    }
}
