package org.tashawur.participant.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.ui.AppHeader;
import org.tashawur.base.ui.Formats;
import org.tashawur.base.ui.Notices;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;

/** Joining a meeting as a guest: a display name, an organisation and a stakeholder group. */
@AnonymousAllowed
@Route("meeting/:meetingId/join")
class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ParticipantService participants;
    private @Nullable MeetingInfo meeting;

    JoinView(ConsultationService consultations, ParticipantService participants) {
        this.consultations = consultations;
        this.participants = participants;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meeting = event.getRouteParameters().getLong("meetingId").flatMap(consultations::meeting).orElse(null);
        if (meeting == null) {
            event.forwardTo("");
            return;
        }
        if (ParticipantSession.restore(meeting.id(), participants).isPresent()) {
            event.forwardTo("meeting/" + meeting.id());
            return;
        }
        removeAll();
        build(meeting);
    }

    private void build(MeetingInfo meeting) {
        String region = meeting.region().in(getLocale());
        TextField name = new TextField(getTranslation("join.name"));
        name.setMaxLength(ParticipantRef.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setAutofocus(true);
        name.setId("join-name");
        TextField organisation = new TextField(getTranslation("join.organisation"));
        organisation.setMaxLength(ParticipantRef.ORGANISATION_MAX);
        organisation.setRequiredIndicatorVisible(true);
        organisation.setId("join-organisation");
        Select<StakeholderGroup> group = new Select<>();
        group.setLabel(getTranslation("join.group"));
        group.setItems(StakeholderGroup.values());
        group.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        group.setRequiredIndicatorVisible(true);
        group.setId("join-group");

        Binder<JoinForm> binder = new Binder<>(JoinForm.class);
        binder.forField(name).asRequired(getTranslation("validation.name.required"))
                .bind(JoinForm::getName, JoinForm::setName);
        binder.forField(organisation).asRequired(getTranslation("validation.organisation.required"))
                .bind(JoinForm::getOrganisation, JoinForm::setOrganisation);
        binder.forField(group).asRequired(getTranslation("validation.group.required"))
                .bind(JoinForm::getGroup, JoinForm::setGroup);

        Button join = new Button(getTranslation("join.submit"), e -> join(binder));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        join.setId("join-submit");

        FormLayout form = new FormLayout(name, organisation, group);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Main main = new Main(new H1(getTranslation("join.heading", region)),
                new Paragraph(getTranslation("join.intro", Formats.date(meeting.heldOn(), getLocale()))),
                form, join);
        main.addClassNames("page", "join-page");
        add(new AppHeader(region), main);
    }

    private void join(Binder<JoinForm> binder) {
        JoinForm form = new JoinForm();
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return;
        }
        MeetingInfo current = meeting;
        if (current == null || form.getGroup() == null) {
            return;
        }
        try {
            ParticipantService.Joined joined = participants.joinWithRejoinKey(current.id(), form.getName(),
                    form.getOrganisation(), form.getGroup());
            ParticipantSession.remember(joined.participant());
            getUI().ifPresent(ui -> {
                GuestCookie.write(ui, current.id(), joined.rejoinKey());
                ui.navigate("meeting/" + current.id());
            });
        } catch (InvalidInputException e) {
            Notices.refused(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("join.title");
    }

    /** The join form's values. */
    static final class JoinForm {
        private String name = "";
        private String organisation = "";
        private @Nullable StakeholderGroup group;

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        String getOrganisation() {
            return organisation;
        }

        void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        @Nullable StakeholderGroup getGroup() {
            return group;
        }

        void setGroup(@Nullable StakeholderGroup group) {
            this.group = group;
        }
    }
}
