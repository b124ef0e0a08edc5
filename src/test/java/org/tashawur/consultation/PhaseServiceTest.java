package org.tashawur.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tashawur.IntegrationTest;
import org.tashawur.SignedIn;
import org.tashawur.TestMeetings;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.base.InvalidInputException;
import org.tashawur.workspace.AnswerStatus;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;

/** The services enforce the phase rules, whatever a screen shows or hides. */
@IntegrationTest
class PhaseServiceTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    ItemService items;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    TestMeetings.Meeting meeting;
    ParticipantRef guest;

    @BeforeEach
    void meeting() {
        TestMeetings meetings = new TestMeetings(consultations, participants);
        meeting = meetings.create();
        guest = meetings.join(meeting, "Karim", StakeholderGroup.ASSOCIATIONS);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void only_a_facilitator_moves_the_phase_and_the_database_holds_it() {
        assertThatThrownBy(() -> consultations.changePhase(meeting.id(), Phase.CLOSED))
                .isInstanceOf(NotAllowedException.class);
        assertThat(consultations.phase(meeting.id())).isEqualTo(Phase.COLLECTING);

        signInAs("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.DISCUSSION);

        assertThat(jdbc.queryForObject("select phase from meeting where id = ?", String.class, meeting.id()))
                .isEqualTo("DISCUSSION");
    }

    @Test
    void a_guest_cannot_add_in_discussion_nor_change_anything_once_closed_even_bypassing_the_screen() {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Avant la discussion", "", null, guest);
        signInAs("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.DISCUSSION);
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> items.create(ItemKind.EXPECTATION, "Trop tard", "", null, guest))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.notInPhase.DISCUSSION"));
        items.update(item.id(), ItemField.DETAILS, "", "Précisé pendant la discussion", guest);

        signInAs("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.CLOSED);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> items.update(item.id(), ItemField.TITLE, "Avant la discussion", "Changé", guest))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> items.delete(item.id(), guest)).isInstanceOf(NotAllowedException.class);

        assertThat(jdbc.queryForList("select title from item where meeting_id = ? and deleted_at is null",
                String.class, meeting.id())).containsExactly("Avant la discussion");
        assertThat(jdbc.queryForObject("select details from item where id = ?", String.class, item.id()))
                .isEqualTo("Précisé pendant la discussion");
    }

    @Test
    void only_a_facilitator_puts_an_item_of_the_meeting_up_for_discussion() {
        ItemSummary item = items.create(ItemKind.PROPOSAL, "Incubateur social", "", null, guest);
        assertThatThrownBy(() -> items.discuss(item.id(), guest)).isInstanceOf(NotAllowedException.class);

        TestMeetings.Meeting other = new TestMeetings(consultations, participants).create();
        ParticipantRef otherGuest = new TestMeetings(consultations, participants).join(other, "Autre", StakeholderGroup.MEDIA);
        ItemSummary foreign = items.create(ItemKind.PROPOSAL, "Ailleurs", "", null, otherGuest);
        signInAs("FACILITATOR");
        assertThatThrownBy(() -> items.discuss(foreign.id(), guest))
                .isInstanceOf(org.tashawur.workspace.ItemNotFoundException.class);

        items.discuss(item.id(), guest);
        assertThat(consultations.discussing(meeting.id())).contains(item.id());
        items.discuss(null, guest);
        assertThat(consultations.discussing(meeting.id())).isEmpty();
    }

    @Test
    void a_meeting_gets_one_join_code_that_opens_it_however_it_is_typed() {
        String code = consultations.joinCode(meeting.id());

        assertThat(code).matches("[2-9A-HJ-NP-Z]{6}");
        assertThat(consultations.joinCode(meeting.id())).isEqualTo(code);
        String typed = " " + code.substring(0, 3).toLowerCase() + "-" + code.substring(3) + " ";
        assertThat(consultations.meetingByCode(typed)).get().extracting(MeetingInfo::id).isEqualTo(meeting.id());
        assertThat(consultations.meetingByCode("NOPE00")).isEmpty();
        assertThat(consultations.meetingByCode("")).isEmpty();
    }

    @Test
    void a_facilitator_answers_a_proposal_officially_even_after_closing_and_the_history_keeps_it() {
        ItemSummary proposal = items.create(ItemKind.PROPOSAL, "Observatoire régional", "", null, guest);
        ItemSummary expectation = items.create(ItemKind.EXPECTATION, "Guichet unique", "", null, guest);
        assertThatThrownBy(() -> items.answer(proposal.id(), AnswerStatus.ACCEPTED, "Oui", guest))
                .isInstanceOf(NotAllowedException.class);

        signInAs("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.CLOSED);
        items.answer(proposal.id(), AnswerStatus.PARTLY_ACCEPTED, "Retenue pour 2023, avec l’université.", guest);

        assertThat(jdbc.queryForMap("select answer_status, answer_text from item where id = ?", proposal.id()))
                .containsEntry("answer_status", "PARTLY_ACCEPTED")
                .containsEntry("answer_text", "Retenue pour 2023, avec l’université.");
        assertThat(jdbc.queryForList("select field from item_revision where item_id = ? and field like 'ANSWER%' order by field",
                String.class, proposal.id())).containsExactly("ANSWER_STATUS", "ANSWER_TEXT");
        assertThatThrownBy(() -> items.answer(expectation.id(), AnswerStatus.ACCEPTED, "", guest))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.answer.proposalsOnly"));
    }

    @Test
    void facilitator_actions_are_logged_with_who_what_before_and_after_and_only_staff_and_reviewers_read_it() {
        ItemSummary proposal = items.create(ItemKind.PROPOSAL, "Observatoire", "", null, guest);
        signInAs("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.DISCUSSION);
        items.discuss(proposal.id(), guest);
        items.answer(proposal.id(), AnswerStatus.ACCEPTED, "Retenue", guest);
        items.delete(proposal.id(), guest);

        List<AuditInfo> log = audit.of(meeting.id());
        assertThat(log).extracting(AuditInfo::action).containsExactly("DELETE", "ANSWER", "DISCUSS", "PHASE");
        AuditInfo phase = log.get(3);
        assertThat(phase.actor()).isEqualTo("account-FACILITATOR");
        assertThat(phase.before()).isEqualTo("COLLECTING");
        assertThat(phase.after()).isEqualTo("DISCUSSION");
        assertThat(log.get(1).after()).isEqualTo("ACCEPTED · Retenue");

        signInAs("REVIEWER");
        assertThat(audit.of(meeting.id())).hasSize(4);
        SignedIn.out();
        assertThatThrownBy(() -> audit.of(meeting.id())).isInstanceOf(NotAllowedException.class);
    }

    private static void signInAs(String role) {
        SignedIn.as(role);
    }
}
