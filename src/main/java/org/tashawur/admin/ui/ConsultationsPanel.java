package org.tashawur.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.Formats;
import org.tashawur.base.ui.Notices;
import org.tashawur.consultation.ConsultationOverview;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.SetupService;

/**
 * The consultations with their meetings, and three short forms: a new consultation, a theme of a
 * consultation, a regional meeting of a consultation. A refused form keeps what was typed.
 */
class ConsultationsPanel extends Composite<Div> {

    private final SetupService setup;
    private final Div overview = new Div();
    private final Select<ConsultationOverview> forThemes = new Select<>();
    private final Select<ConsultationOverview> forMeetings = new Select<>();

    ConsultationsPanel(SetupService setup) {
        this.setup = setup;
        overview.addClassName("admin-overview");
        getContent().addClassName("consultations-panel");
        getContent().add(new H2(getTranslation("admin.existing")), overview, consultationForm(), themeForm(),
                meetingForm());
        refresh();
    }

    private Div consultationForm() {
        LocalizedFields title = new LocalizedFields("admin.consultationTitle", "consultation-title");
        DatePicker starts = new DatePicker(getTranslation("admin.startsOn"));
        DatePicker ends = new DatePicker(getTranslation("admin.endsOn"));
        starts.addClassName("consultation-starts");
        ends.addClassName("consultation-ends");
        Button create = new Button(getTranslation("admin.createConsultation"), e -> run(() -> {
            setup.createConsultation(title.value(), starts.getValue(), ends.getValue());
            title.clear();
            starts.clear();
            ends.clear();
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-consultation");
        return form("admin.newConsultation", title, new Div(starts, ends), create);
    }

    private Div themeForm() {
        prepare(forThemes, "theme-consultation");
        LocalizedFields name = new LocalizedFields("admin.themeName", "theme-name");
        Button add = new Button(getTranslation("admin.addTheme"), e -> run(() -> {
            setup.addTheme(selected(forThemes), name.value());
            name.clear();
        }));
        add.addClassName("add-theme-button");
        return form("admin.newTheme", forThemes, name, add);
    }

    private Div meetingForm() {
        prepare(forMeetings, "meeting-consultation");
        LocalizedFields region = new LocalizedFields("admin.region", "meeting-region");
        TextField place = new TextField(getTranslation("admin.place"));
        place.setMaxLength(SetupService.PLACE_MAX);
        place.getElement().setAttribute("dir", "auto");
        place.addClassName("meeting-place");
        DatePicker heldOn = new DatePicker(getTranslation("admin.heldOn"));
        heldOn.addClassName("meeting-date");
        Button add = new Button(getTranslation("admin.addMeeting"), e -> run(() -> {
            setup.addMeeting(selected(forMeetings), region.value(), place.getValue(), heldOn.getValue());
            region.clear();
            place.clear();
            heldOn.clear();
        }));
        add.addClassName("add-meeting-button");
        return form("admin.newMeeting", forMeetings, region, new Div(place, heldOn), add);
    }

    private void prepare(Select<ConsultationOverview> select, String cssClass) {
        select.setLabel(getTranslation("admin.consultation"));
        select.setItemLabelGenerator(c -> c.title().in(getLocale()));
        select.addClassName(cssClass);
    }

    private long selected(Select<ConsultationOverview> select) {
        ConsultationOverview chosen = select.getValue();
        if (chosen == null) {
            throw new org.tashawur.base.InvalidInputException("validation.consultation.required");
        }
        return chosen.id();
    }

    private Div form(String headingKey, com.vaadin.flow.component.Component... parts) {
        Div form = new Div(new H3(getTranslation(headingKey)));
        form.add(parts);
        form.addClassName("admin-form");
        return form;
    }

    private void run(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("admin.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
    }

    private void refresh() {
        List<ConsultationOverview> all = setup.overview();
        overview.removeAll();
        for (ConsultationOverview consultation : all) {
            Div entry = new Div(new H3(consultation.title().in(getLocale())));
            entry.addClassName("admin-consultation");
            for (MeetingInfo meeting : consultation.meetings()) {
                Span line = new Span(meeting.region().in(getLocale()) + " · " + Formats.date(meeting.heldOn(), getLocale())
                        + " · " + getTranslation(meeting.phase().messageKey()));
                line.addClassName("admin-meeting");
                line.getElement().setAttribute("dir", "auto");
                entry.add(new Div(line));
            }
            overview.add(entry);
        }
        for (Select<ConsultationOverview> select : List.of(forThemes, forMeetings)) {
            Long kept = select.getValue() == null ? null : select.getValue().id();
            select.setItems(all);
            all.stream().filter(c -> kept == null || c.id() == kept).findFirst().ifPresent(select::setValue);
        }
    }
}
