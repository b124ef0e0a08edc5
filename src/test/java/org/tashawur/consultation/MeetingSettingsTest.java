package org.tashawur.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tashawur.IntegrationTest;
import org.tashawur.SignedIn;
import org.tashawur.TestMeetings;
import org.tashawur.base.InvalidInputException;
import org.tashawur.participant.ParticipantService;

/** The facilitator's settings of a running meeting: timer, dot budget, pre-moderation. */
@IntegrationTest
class MeetingSettingsTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    AuditLog audit;

    TestMeetings.Meeting meeting;

    @BeforeEach
    void facilitator() {
        meeting = new TestMeetings(consultations, participants).create();
        SignedIn.as("FACILITATOR");
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void the_timer_is_set_paused_extended_resumed_and_cleared() {
        assertThat(consultations.settings(meeting.id()).timer()).isEqualTo(PhaseTimer.NONE);

        PhaseTimer running = consultations.startOrExtendTimer(meeting.id(), 10).timer();
        assertThat(running.state()).isEqualTo(PhaseTimer.State.RUNNING);
        assertThat(running.remainingMs()).isBetween(595_000L, 600_000L);

        PhaseTimer paused = consultations.pauseOrResumeTimer(meeting.id()).timer();
        assertThat(paused.state()).isEqualTo(PhaseTimer.State.PAUSED);
        PhaseTimer extended = consultations.startOrExtendTimer(meeting.id(), 5).timer();
        assertThat(extended.state()).as("adding time keeps it paused").isEqualTo(PhaseTimer.State.PAUSED);
        assertThat(extended.remainingMs()).isEqualTo(paused.remainingMs() + 300_000L);
        assertThat(consultations.settings(meeting.id()).timer()).as("stored").isEqualTo(extended);

        PhaseTimer resumed = consultations.pauseOrResumeTimer(meeting.id()).timer();
        assertThat(resumed.state()).isEqualTo(PhaseTimer.State.RUNNING);
        assertThat(resumed.remainingMs()).isBetween(extended.remainingMs() - 5_000, extended.remainingMs());

        assertThat(consultations.clearTimer(meeting.id()).timer()).isEqualTo(PhaseTimer.NONE);
        assertThat(audit.of(meeting.id())).extracting(AuditInfo::action)
                .containsExactly("TIMER_CLEAR", "TIMER_RESUME", "TIMER_EXTEND", "TIMER_PAUSE", "TIMER_START");
    }

    @Test
    void bad_durations_and_budgets_are_refused_with_their_limits() {
        assertThatThrownBy(() -> consultations.startOrExtendTimer(meeting.id(), 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.timer");
                    assertThat(e.args()).containsExactly(Meeting.TIMER_MAX_MINUTES);
                });
        consultations.startOrExtendTimer(meeting.id(), Meeting.TIMER_MAX_MINUTES - 1);
        assertThatThrownBy(() -> consultations.startOrExtendTimer(meeting.id(), 5))
                .as("the total stays within the limit").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consultations.setDotBudget(meeting.id(), 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consultations.setDotBudget(meeting.id(), Meeting.DOT_BUDGET_MAX + 1))
                .isInstanceOf(InvalidInputException.class);
        assertThat(consultations.setDotBudget(meeting.id(), 8).dotBudget()).isEqualTo(8);
        assertThat(consultations.dotBudget(meeting.id())).isEqualTo(8);
    }

    @Test
    void guests_and_reviewers_change_no_setting() {
        for (String role : new String[] {"", "REVIEWER"}) {
            if (role.isEmpty()) {
                SignedIn.out();
            } else {
                SignedIn.as(role);
            }
            assertThatThrownBy(() -> consultations.setPremoderation(meeting.id(), true)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> consultations.setDotBudget(meeting.id(), 9)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> consultations.startOrExtendTimer(meeting.id(), 5)).isInstanceOf(NotAllowedException.class);
        }
        assertThat(consultations.settings(meeting.id()))
                .isEqualTo(new MeetingSettings(meeting.id(), false, Meeting.DOT_BUDGET_DEFAULT, PhaseTimer.NONE));
    }
}
