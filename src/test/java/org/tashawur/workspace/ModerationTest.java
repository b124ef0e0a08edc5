package org.tashawur.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tashawur.IntegrationTest;
import org.tashawur.SignedIn;
import org.tashawur.SqlStatements;
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

/** Pre-moderation, hiding and reports, against a real MariaDB. */
@IntegrationTest
class ModerationTest {

    @Autowired
    ItemService items;
    @Autowired
    ModerationService moderation;
    @Autowired
    SupportService supports;
    @Autowired
    CommentService comments;
    @Autowired
    DotVoteService votes;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

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
    void under_premoderation_a_new_item_is_seen_only_by_its_author_and_facilitators_until_approved() {
        SignedIn.as("FACILITATOR");
        consultations.setPremoderation(meeting.id(), true);
        SignedIn.out();

        ItemSummary pending = items.create(ItemKind.PROPOSAL, "Observatoire régional", "", null, karim);
        assertThat(pending.status()).isEqualTo(ItemStatus.PENDING);

        // Amina, another participant: no query and no action reaches it.
        assertThat(titles(amina)).isEmpty();
        assertThat(items.count(query(amina))).isZero();
        assertThat(items.find(pending.id())).isEmpty();
        assertThat(items.find(pending.id(), amina)).isEmpty();
        assertThat(items.similarTo(meeting.id(), "Observatoire régional", 5)).isEmpty();
        assertThat(items.countByKind(meeting.id())).containsEntry(ItemKind.PROPOSAL, 0L);
        assertThatThrownBy(() -> supports.setSupport(pending.id(), amina, true)).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> comments.comment(pending.id(), "Bonne idée", amina)).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> moderation.report(pending.id(), "", amina)).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> items.update(pending.id(), ItemField.TITLE, "Observatoire régional", "Pirate", amina))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> items.delete(pending.id(), amina)).isInstanceOf(ItemNotFoundException.class);

        // Karim, its author, sees it and can still correct it.
        assertThat(titles(karim)).containsExactly("Observatoire régional");
        assertThat(items.update(pending.id(), ItemField.TITLE, "Observatoire régional", "Observatoire régional des données",
                karim)).isInstanceOf(SaveOutcome.Saved.class);

        // The facilitator sees it in the queue and approves it.
        SignedIn.as("FACILITATOR");
        assertThat(moderation.counts(meeting.id()).pending()).isEqualTo(1);
        assertThat(items.list(query(nadia).withScope(ItemQuery.Scope.PENDING), PageRequest.of(0, 10)))
                .extracting(ItemSummary::title).containsExactly("Observatoire régional des données");
        moderation.approve(pending.id(), nadia);
        assertThat(moderation.counts(meeting.id()).pending()).isZero();
        SignedIn.out();

        assertThat(titles(amina)).containsExactly("Observatoire régional des données");
        assertThat(items.countByKind(meeting.id())).containsEntry(ItemKind.PROPOSAL, 1L);
        supports.setSupport(pending.id(), amina, true);
        assertThat(items.find(pending.id()).orElseThrow().supports()).isEqualTo(1);
        assertThat(items.revisions(pending.id())).extracting(RevisionInfo::field).contains("STATUS");
    }

    @Test
    void a_facilitator_adds_items_straight_to_the_list_even_under_premoderation() {
        SignedIn.as("FACILITATOR");
        consultations.setPremoderation(meeting.id(), true);
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Cadre de convergence", "", null, nadia);
        SignedIn.out();
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(titles(amina, ItemKind.EXPECTATION)).containsExactly("Cadre de convergence");
    }

    @Test
    void a_hidden_item_keeps_its_row_its_author_reads_the_reason_and_showing_it_again_restores_it() {
        ItemSummary item = items.create(ItemKind.PROPOSAL, "Publicité pour ma société", "", null, karim);
        supports.setSupport(item.id(), amina, true);

        assertThatThrownBy(() -> moderation.hide(item.id(), "Hors sujet", amina))
                .as("a guest cannot hide").isInstanceOf(NotAllowedException.class);
        SignedIn.as("FACILITATOR");
        assertThatThrownBy(() -> moderation.hide(item.id(), "  ", nadia))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.hiddenReason.required"));
        moderation.hide(item.id(), "Hors sujet : publicité", nadia);
        assertThat(titles(nadia)).as("facilitators still see it").containsExactly("Publicité pour ma société");
        List<AuditInfo> log = audit.of(meeting.id());
        assertThat(log.get(0).action()).isEqualTo("HIDE");
        assertThat(log.get(0).after()).isEqualTo("Hors sujet : publicité");
        SignedIn.out();

        assertThat(titles(amina)).isEmpty();
        ItemSummary seenByAuthor = items.find(item.id(), karim).orElseThrow();
        assertThat(seenByAuthor.status()).isEqualTo(ItemStatus.HIDDEN);
        assertThat(seenByAuthor.hiddenReason()).isEqualTo("Hors sujet : publicité");
        assertThatThrownBy(() -> items.update(item.id(), ItemField.TITLE, item.title(), "Autre", karim))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("moderation.hiddenReadOnly"));
        assertThat(jdbc.queryForObject("select count(*) from item where id = ?", Integer.class, item.id())).isEqualTo(1);

        SignedIn.as("FACILITATOR");
        moderation.unhide(item.id(), nadia);
        SignedIn.out();
        ItemSummary back = items.find(item.id(), amina).orElseThrow();
        assertThat(back.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(back.hiddenReason()).isEmpty();
        assertThat(back.supports()).as("nothing was lost while hidden").isEqualTo(1);
    }

    @Test
    void a_participant_reports_an_item_once_and_the_facilitator_reads_and_dismisses_the_reports() {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Texte injurieux", "", null, karim);
        moderation.report(item.id(), "Propos injurieux", amina);
        moderation.report(item.id(), "Encore", amina);
        moderation.report(item.id(), "", nadia);
        assertThat(moderation.reportedBy(amina)).containsExactly(item.id());
        assertThatThrownBy(() -> moderation.reports(item.id(), amina)).isInstanceOf(NotAllowedException.class);

        SignedIn.as("FACILITATOR");
        assertThat(items.find(item.id(), nadia).orElseThrow().reports()).isEqualTo(2);
        assertThat(moderation.reports(item.id(), nadia)).extracting(ReportInfo::participantName, ReportInfo::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Amina", "Propos injurieux"),
                        org.assertj.core.groups.Tuple.tuple("Nadia", ""));
        assertThat(moderation.counts(meeting.id()).reported()).isEqualTo(1);
        assertThat(items.list(query(nadia, ItemKind.EXPECTATION).withScope(ItemQuery.Scope.REPORTED), PageRequest.of(0, 5)))
                .extracting(ItemSummary::title).containsExactly("Texte injurieux");
        moderation.dismissReports(item.id(), nadia);
        assertThat(moderation.counts(meeting.id()).reported()).isZero();
        assertThat(items.find(item.id(), nadia).orElseThrow().reports()).isZero();
    }

    @Test
    void reading_an_items_reports_takes_as_many_queries_for_five_reporters_as_for_one() {
        ItemSummary once = items.create(ItemKind.EXPECTATION, "Signalé une fois", "", null, karim);
        ItemSummary often = items.create(ItemKind.EXPECTATION, "Signalé souvent", "", null, karim);
        moderation.report(once.id(), "Hors sujet", amina);
        TestMeetings meetings = new TestMeetings(consultations, participants);
        List<String> names = List.of("Salma", "Youssef", "Fatima", "Omar", "Hind");
        for (String name : names) {
            moderation.report(often.id(), "Hors sujet", meetings.join(meeting, name, StakeholderGroup.ASSOCIATIONS));
        }
        SignedIn.as("FACILITATOR");
        long forOne = SqlStatements.during(entityManagerFactory, () -> moderation.reports(once.id(), nadia));
        long forFive = SqlStatements.during(entityManagerFactory, () -> moderation.reports(often.id(), nadia));
        assertThat(moderation.reports(often.id(), nadia)).extracting(ReportInfo::participantName)
                .containsExactlyInAnyOrderElementsOf(names);
        assertThat(forFive).isEqualTo(forOne);
    }

    @Test
    void nobody_reports_once_the_meeting_is_closed() {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Élément", "", null, karim);
        SignedIn.as("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.CLOSED);
        SignedIn.out();
        assertThatThrownBy(() -> moderation.report(item.id(), "", amina))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.notInPhase.CLOSED"));
    }

    private ItemQuery query(ParticipantRef viewer) {
        return query(viewer, ItemKind.PROPOSAL);
    }

    private ItemQuery query(ParticipantRef viewer, ItemKind kind) {
        return ItemQuery.of(meeting.id(), viewer.id(), kind);
    }

    private List<String> titles(ParticipantRef viewer) {
        return titles(viewer, ItemKind.PROPOSAL);
    }

    private List<String> titles(ParticipantRef viewer, ItemKind kind) {
        return items.list(query(viewer, kind), PageRequest.of(0, 50)).stream().map(ItemSummary::title).toList();
    }
}
