package org.tashawur.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.tashawur.base.ui.AppHeader;
import org.tashawur.base.ui.Formats;
import org.tashawur.consultation.ConsultationOverview;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.MeetingInfo;

/** The start screen: the consultations and their regional meetings, each one a click from joining. */
@AnonymousAllowed
@Route("")
class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingAccess access;

    MeetingsView(ConsultationService consultations, MeetingAccess access) {
        this.access = access;
        setPadding(false);
        addClassName("meetings-view");
        Main main = new Main();
        main.addClassName("page");
        main.add(new H1(getTranslation("meetings.heading")), new Paragraph(getTranslation("meetings.intro")),
                joinByCode());
        if (org.tashawur.base.security.CurrentUser.hasRole(MeetingAccess.Roles.ADMIN)) {
            Anchor admin = new Anchor("admin", getTranslation("admin.title"));
            admin.addClassName("admin-link");
            main.add(admin);
        }
        Locale locale = getLocale();
        for (ConsultationOverview consultation : consultations.overview()) {
            H2 title = new H2(consultation.title().in(locale));
            title.getElement().setAttribute("dir", "auto");
            Div cards = new Div();
            cards.addClassName("meeting-cards");
            consultation.meetings().forEach(m -> cards.add(card(m, locale)));
            main.add(title);
            if (access.isStaff() || access.isReviewer()) {
                Anchor synthesis = new Anchor("consultation/" + consultation.id() + "/synthesis",
                        getTranslation("synthesis.link"));
                synthesis.addClassName("synthesis-link");
                main.add(synthesis);
            }
            main.add(cards);
        }
        add(new AppHeader(getTranslation("meetings.title")), main);
    }

    /** The code the facilitator shows on the screen, typed instead of scanned. */
    private Div joinByCode() {
        TextField code = new TextField();
        code.setPlaceholder(getTranslation("joinCode.field"));
        code.setAriaLabel(getTranslation("joinCode.field"));
        code.setMaxLength(12);
        code.addClassName("join-code-field");
        Button go = new Button(getTranslation("joinCode.go"),
                e -> getUI().ifPresent(ui -> ui.navigate("j/" + code.getValue().strip())));
        go.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Div row = new Div(code, go);
        row.addClassName("join-by-code");
        return row;
    }

    private Div card(MeetingInfo meeting, Locale locale) {
        H3 region = new H3(meeting.region().in(locale));
        Span date = new Span(Formats.date(meeting.heldOn(), locale));
        date.addClassName("meeting-date");
        Span place = new Span(meeting.place() == null ? "" : meeting.place());
        place.getElement().setAttribute("dir", "auto");
        Button join = new Button(getTranslation("meetings.join"),
                e -> getUI().ifPresent(ui -> ui.navigate("meeting/" + meeting.id() + "/join")));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor followUp = new Anchor("meeting/" + meeting.id() + "/follow-up", getTranslation("followup.link"));
        followUp.addClassName("followup-link");
        Div card = new Div(region, date, place, join, followUp);
        if (access.isStaff() || access.isReviewer()) {
            Anchor log = new Anchor("meeting/" + meeting.id() + "/audit", getTranslation("audit.title"));
            log.addClassName("audit-link");
            Anchor report = new Anchor("meeting/" + meeting.id() + "/report", getTranslation("report.link"));
            report.addClassName("report-link");
            card.add(log, report);
        }
        card.addClassName("meeting-card");
        card.getElement().setAttribute("data-meeting", meeting.code());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("meetings.title");
    }
}
