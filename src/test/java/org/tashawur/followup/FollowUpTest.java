package org.tashawur.followup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tashawur.MockBrowser.awaitUntil;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tashawur.IntegrationTest;
import org.tashawur.MockBrowser;
import org.tashawur.SignedIn;
import org.tashawur.TestMeetings;
import org.tashawur.base.InvalidInputException;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Phase;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.AnswerStatus;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;

/** Commitments after a meeting: who may write them, how they roll up, how two reviewers meet. */
@IntegrationTest
class FollowUpTest {

    private static final Routes ROUTES = org.tashawur.AppRoutes.all();

    @Autowired
    CommitmentService commitments;
    @Autowired
    ItemService items;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    TestMeetings meetings;
    TestMeetings.Meeting meeting;
    ParticipantRef karim;
    ParticipantRef nadia;

    @BeforeEach
    void aMeeting() {
        meetings = new TestMeetings(consultations, participants);
        meeting = meetings.create();
        karim = meetings.join(meeting, "Karim", StakeholderGroup.ASSOCIATIONS);
        nadia = meetings.join(meeting, "Nadia", StakeholderGroup.MINISTRY_SERVICES);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void progress_rolls_up_as_a_plain_average_leaving_dropped_commitments_out() {
        ItemSummary a = retained("Observatoire", meeting.themeA(), AnswerStatus.ACCEPTED);
        ItemSummary b = retained("Guichet unique", meeting.themeA(), AnswerStatus.PARTLY_ACCEPTED);
        ItemSummary c = retained("Incubateur", meeting.themeB(), AnswerStatus.ACCEPTED);
        SignedIn.as("REVIEWER");
        commitments.create(a.id(), draft(CommitmentStatus.IN_PROGRESS, 20), "");
        CommitmentInfo done = commitments.create(b.id(), draft(CommitmentStatus.DONE, 40), "");
        commitments.create(c.id(), draft(CommitmentStatus.DROPPED, 50), "");

        assertThat(done.progress()).as("done is 100 %").isEqualTo(100);
        CommitmentService.MeetingRollUp rollUp = commitments.rollUp(meeting.id());
        assertThat(rollUp.meeting().average()).isEqualTo(60); // (20 + 100) / 2
        assertThat(rollUp.meeting().counted()).isEqualTo(2);
        assertThat(rollUp.meeting().total()).isEqualTo(3);
        assertThat(rollUp.themes().get(meeting.themeA()).average()).isEqualTo(60);
        assertThat(rollUp.themes().get(meeting.themeB()).counted()).isZero();
        assertThat(rollUp.themes().get(meeting.themeB()).average()).isZero();

        // another meeting of the same consultation: every commitment weighs the same
        SignedIn.out();
        long other = consultations.addMeeting(meeting.consultationId(), "m2-" + meeting.id(),
                new org.tashawur.base.LocalizedText("الشرق", "L’Oriental", "Oriental"), null, LocalDate.of(2021, 12, 20));
        ParticipantRef amina = participants.join(other, "Amina", "Wilaya", StakeholderGroup.PREFECTURES);
        ItemSummary d = items.create(ItemKind.PROPOSAL, "Caravanes sociales", "", null, amina);
        SignedIn.as("FACILITATOR");
        items.answer(d.id(), AnswerStatus.ACCEPTED, "", amina);
        SignedIn.as("REVIEWER");
        commitments.create(d.id(), draft(CommitmentStatus.PLANNED, 0), "");
        assertThat(commitments.consultationRollUp(meeting.consultationId()).average()).isEqualTo(40); // 120 / 3
    }

    @Test
    void only_retained_proposals_become_commitments_and_only_reviewers_and_staff_write_them() {
        ItemSummary studied = retained("À l’étude", null, AnswerStatus.UNDER_STUDY);
        ItemSummary accepted = retained("Retenue", null, AnswerStatus.ACCEPTED);
        assertThatThrownBy(() -> commitments.create(accepted.id(), draft(CommitmentStatus.PLANNED, 0), ""))
                .as("a guest").isInstanceOf(NotAllowedException.class);
        SignedIn.as("REVIEWER");
        assertThatThrownBy(() -> commitments.create(studied.id(), draft(CommitmentStatus.PLANNED, 0), ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("followup.notRetained"));
        assertThatThrownBy(() -> commitments.create(accepted.id(),
                new CommitmentDraft(" ", "", null, CommitmentStatus.PLANNED, 0), ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.responsible.required"));
        assertThatThrownBy(() -> commitments.create(accepted.id(), draft(CommitmentStatus.PLANNED, 101), ""))
                .isInstanceOf(InvalidInputException.class);
        commitments.create(accepted.id(), draft(CommitmentStatus.PLANNED, 0), "");
        assertThatThrownBy(() -> commitments.create(accepted.id(), draft(CommitmentStatus.PLANNED, 0), ""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("followup.exists"));
    }

    @Test
    void a_closed_meeting_is_followed_up_not_edited_and_a_stale_save_writes_nothing() {
        ItemSummary accepted = retained("Observatoire", null, AnswerStatus.ACCEPTED);
        SignedIn.as("REVIEWER");
        CommitmentInfo created = commitments.create(accepted.id(), draft(CommitmentStatus.PLANNED, 0), "Lancement");
        SignedIn.as("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.CLOSED);
        SignedIn.out();
        assertThatThrownBy(() -> items.update(accepted.id(), ItemField.TITLE, accepted.title(), "Autre", karim))
                .isInstanceOf(NotAllowedException.class);

        SignedIn.as("REVIEWER");
        CommitmentInfo updated = commitments.update(created.id(), created.version(),
                new CommitmentDraft("Direction régionale", "Conseil régional", LocalDate.of(2023, 6, 30),
                        CommitmentStatus.IN_PROGRESS, 35), "Étude lancée");
        assertThat(updated.progress()).isEqualTo(35);
        assertThatThrownBy(() -> commitments.update(created.id(), created.version(),
                draft(CommitmentStatus.BLOCKED, 10), "écrit sur une ancienne version"))
                .isInstanceOfSatisfying(StaleCommitmentException.class,
                        e -> assertThat(e.current().progress()).isEqualTo(35));
        assertThat(commitments.find(created.id()).status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        List<UpdateInfo> timeline = commitments.timeline(created.id());
        assertThat(timeline).extracting(UpdateInfo::note).containsExactly("Étude lancée", "Lancement");
        assertThat(timeline.get(0).changedFields()).contains("responsible", "partners", "dueOn", "status", "progress");
        assertThat(timeline.get(0).changes()).contains(
                new FieldChange("responsible", "Direction régionale de l’Entraide nationale", "Direction régionale"),
                new FieldChange("progress", "0", "35"), new FieldChange("status", "PLANNED", "IN_PROGRESS"),
                new FieldChange("dueOn", "", "2023-06-30"));
        assertThat(timeline.get(0).author()).isEqualTo("account-REVIEWER");
    }

    @Test
    void a_reviewers_save_reaches_a_second_reviewers_screen_without_reload() {
        ItemSummary accepted = retained("Observatoire régional", null, AnswerStatus.ACCEPTED);
        MockSpringServlet servlet = new MockSpringServlet(ROUTES, context, UI::new);
        MockBrowser first = MockBrowser.open(servlet).signedInAs("REVIEWER");
        MockBrowser second = MockBrowser.open(servlet).signedInAs("REVIEWER");
        List<MockBrowser> both = List.of(first, second);
        try {
            for (MockBrowser browser : both) {
                browser.use();
                browser.ui().navigate("meeting/" + meeting.id() + "/follow-up");
            }
            first.use();
            _setValue(_get(TextField.class, s -> s.withClasses("commitment-responsible")), "Direction régionale");
            _setValue(_get(IntegerField.class, s -> s.withClasses("commitment-progress")), 25);
            _setValue(_get(TextArea.class, s -> s.withClasses("commitment-note")), "Premier comité tenu");
            _click(_get(Button.class, s -> s.withClasses("commitment-save")));

            awaitUntil(both, second, "the second reviewer sees the new commitment",
                    () -> _get(Span.class, s -> s.withClasses("commitment-who")).getText().contains("Direction régionale"));
            assertThat(_get(TextField.class, s -> s.withClasses("commitment-responsible")).getValue())
                    .isEqualTo("Direction régionale");
            assertThat(_find(Div.class, s -> s.withClasses("timeline-note"))).extracting(Div::getText)
                    .containsExactly("Premier comité tenu");
            assertThat(_get(Div.class, s -> s.withClasses("rollup-meeting")).getElement().getAttribute("data-average"))
                    .isEqualTo("25");

            // The second now saves 60 %; the first, who had not touched the form, sees it too.
            _setValue(_get(IntegerField.class, s -> s.withClasses("commitment-progress")), 60);
            _click(_get(Button.class, s -> s.withClasses("commitment-save")));
            awaitUntil(both, first, "the first reviewer's form shows 60 %",
                    () -> Integer.valueOf(60).equals(_get(IntegerField.class, s -> s.withClasses("commitment-progress")).getValue()));
            assertThat(jdbc.queryForObject("select progress from commitment where item_id = ?", Integer.class,
                    accepted.id())).isEqualTo(60);
        } finally {
            MockBrowser.closeAll(both);
        }
    }

    @Test
    void guests_read_the_follow_up_without_any_form() {
        ItemSummary accepted = retained("Observatoire régional", null, AnswerStatus.ACCEPTED);
        SignedIn.as("REVIEWER");
        commitments.create(accepted.id(), draft(CommitmentStatus.IN_PROGRESS, 30), "");
        SignedIn.out();
        MockSpringServlet servlet = new MockSpringServlet(ROUTES, context, UI::new);
        MockBrowser guest = MockBrowser.open(servlet);
        try {
            guest.use();
            guest.ui().navigate("meeting/" + meeting.id() + "/follow-up");
            assertThat(_get(Span.class, s -> s.withClasses("commitment-state")).getText()).contains("30 %");
            assertThat(_find(Button.class, s -> s.withClasses("commitment-save"))).isEmpty();
        } finally {
            MockBrowser.closeAll(List.of(guest));
        }
    }

    private ItemSummary retained(String title, Long theme, AnswerStatus answer) {
        SignedIn.out();
        ItemSummary item = items.create(ItemKind.PROPOSAL, title, "", theme, karim);
        SignedIn.as("FACILITATOR");
        ItemSummary answered = items.answer(item.id(), answer, "", nadia);
        SignedIn.out();
        return answered;
    }

    private static CommitmentDraft draft(CommitmentStatus status, int progress) {
        return new CommitmentDraft("Direction régionale de l’Entraide nationale", "", null, status, progress);
    }
}
