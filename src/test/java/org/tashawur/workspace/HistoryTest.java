package org.tashawur.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tashawur.IntegrationTest;
import org.tashawur.SignedIn;
import org.tashawur.TestMeetings;
import org.tashawur.base.InvalidInputException;
import org.tashawur.consultation.AuditInfo;
import org.tashawur.consultation.AuditLog;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Phase;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;

/** An item's history, and restoring an earlier version as one more revision. */
@IntegrationTest
class HistoryTest {

    @Autowired
    ItemService items;
    @Autowired
    ModerationService moderation;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    AuditLog audit;

    TestMeetings.Meeting meeting;
    ParticipantRef karim;
    ParticipantRef amina;
    ParticipantRef nadia;

    @BeforeEach
    void meeting() {
        TestMeetings meetings = new TestMeetings(consultations, participants);
        meeting = meetings.create();
        karim = meetings.join(meeting, "Karim", StakeholderGroup.ASSOCIATIONS);
        amina = meetings.join(meeting, "Amina", StakeholderGroup.COUNCILS);
        nadia = meetings.join(meeting, "Nadia", StakeholderGroup.MINISTRY_SERVICES);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void restoring_brings_the_old_text_back_as_a_new_revision_and_keeps_everything() {
        ItemSummary item = items.create(ItemKind.PROPOSAL, "مرصد جهوي", "", null, karim);
        items.update(item.id(), ItemField.TITLE, "مرصد جهوي", "مرصد جهوي للمعطيات", amina);
        items.update(item.id(), ItemField.TITLE, "مرصد جهوي للمعطيات", "Pub !", amina);
        List<RevisionInfo> before = items.revisions(item.id());
        RevisionInfo first = before.stream().filter(r -> r.field().equals("TITLE") && r.oldValue() == null)
                .findFirst().orElseThrow();

        assertThatThrownBy(() -> items.restore(item.id(), first.id(), karim)).as("a guest")
                .isInstanceOf(NotAllowedException.class);
        SignedIn.as("FACILITATOR");
        items.restore(item.id(), first.id(), nadia);

        assertThat(items.find(item.id()).orElseThrow().title()).isEqualTo("مرصد جهوي");
        List<RevisionInfo> after = items.revisions(item.id());
        assertThat(after).hasSize(before.size() + 1).startsWith(before.toArray(RevisionInfo[]::new));
        RevisionInfo restore = after.get(after.size() - 1);
        assertThat(restore.oldValue()).isEqualTo("Pub !");
        assertThat(restore.newValue()).isEqualTo("مرصد جهوي");
        assertThat(restore.actorName()).isEqualTo("Nadia");
        assertThat(audit.of(meeting.id()).get(0)).extracting(AuditInfo::action).isEqualTo("RESTORE");

        assertThatThrownBy(() -> items.restore(item.id(), Long.MAX_VALUE, nadia))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("history.notRestorable"));
        consultations.changePhase(meeting.id(), Phase.CLOSED);
        assertThatThrownBy(() -> items.restore(item.id(), first.id(), nadia)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void moderation_is_part_of_the_history_and_a_hidden_items_history_stays_with_who_may_see_it() {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Publicité", "", null, karim);
        SignedIn.as("FACILITATOR");
        moderation.hide(item.id(), "Hors sujet", nadia);
        SignedIn.out();
        assertThat(items.history(item.id(), karim)).extracting(RevisionInfo::field)
                .contains("TITLE", "STATUS", "HIDDEN_REASON");
        assertThatThrownBy(() -> items.history(item.id(), amina)).isInstanceOf(ItemNotFoundException.class);
    }
}
