package org.tashawur.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tashawur.IntegrationTest;
import org.tashawur.SignedIn;
import org.tashawur.TestMeetings;
import org.tashawur.base.InvalidInputException;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Phase;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;

/** Merging duplicates and undoing the merge, against a real MariaDB. */
@IntegrationTest
class MergeTest {

    @Autowired
    ItemService items;
    @Autowired
    MergeService merges;
    @Autowired
    SupportService supports;
    @Autowired
    DotVoteService votes;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcTemplate jdbc;

    TestMeetings.Meeting meeting;
    ParticipantRef karim;
    ParticipantRef amina;
    ParticipantRef youssef;
    ParticipantRef nadia;
    ItemSummary target;
    ItemSummary first;
    ItemSummary second;

    @BeforeEach
    void threeDuplicates() {
        TestMeetings meetings = new TestMeetings(consultations, participants);
        meeting = meetings.create();
        karim = meetings.join(meeting, "Karim", StakeholderGroup.ASSOCIATIONS);
        amina = meetings.join(meeting, "Amina", StakeholderGroup.COUNCILS);
        youssef = meetings.join(meeting, "Youssef", StakeholderGroup.UNIVERSITIES);
        nadia = meetings.join(meeting, "Nadia", StakeholderGroup.MINISTRY_SERVICES);
        target = items.create(ItemKind.PROPOSAL, "Observatoire régional des données sociales", "Un observatoire",
                meeting.themeA(), karim);
        first = items.create(ItemKind.PROPOSAL, "مرصد جهوي للمعطيات الاجتماعية", "مرصد", meeting.themeA(), amina);
        second = items.create(ItemKind.PROPOSAL, "Observatoire social de la région", "", null, youssef);
        supports.setSupport(target.id(), amina, true);
        supports.setSupport(first.id(), amina, true);
        supports.setSupport(first.id(), youssef, true);
        supports.setSupport(second.id(), karim, true);
        target = items.find(target.id()).orElseThrow();
        first = items.find(first.id()).orElseThrow();
        second = items.find(second.id()).orElseThrow();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void a_merge_keeps_every_author_and_text_and_joins_the_supporters_then_undo_restores_the_originals_exactly() {
        Map<Long, List<Long>> supportersBefore = supporters();
        SignedIn.as("FACILITATOR");
        ItemSummary merged = merges.merge(target.id(), List.of(first.id(), second.id()), nadia);
        SignedIn.out();

        assertThat(merged.merged()).isEqualTo(2);
        assertThat(merged.supports()).as("Amina counted once, plus Youssef and Karim").isEqualTo(3);
        assertThat(titles(amina)).containsExactly("Observatoire régional des données sociales");
        assertThat(items.countByKind(meeting.id())).containsEntry(ItemKind.PROPOSAL, 1L);
        assertThat(merges.originals(target.id()))
                .extracting(ItemSummary::title, ItemSummary::details, ItemSummary::authorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("مرصد جهوي للمعطيات الاجتماعية", "مرصد", "Amina"),
                        org.assertj.core.groups.Tuple.tuple("Observatoire social de la région", "", "Youssef"));
        assertThatThrownBy(() -> items.update(first.id(), ItemField.TITLE, first.title(), "Autre", amina))
                .isInstanceOf(ItemNotFoundException.class);

        SignedIn.as("FACILITATOR");
        merges.undo(first.id(), nadia);
        merges.undo(second.id(), nadia);
        SignedIn.out();

        assertThat(comparable(items.find(target.id()).orElseThrow())).isEqualTo(comparable(target));
        assertThat(comparable(items.find(first.id()).orElseThrow())).isEqualTo(comparable(first));
        assertThat(comparable(items.find(second.id()).orElseThrow())).isEqualTo(comparable(second));
        assertThat(supporters()).isEqualTo(supportersBefore);
        assertThat(titles(amina)).hasSize(3);
        assertThat(items.revisions(target.id())).extracting(RevisionInfo::field).contains("MERGE", "UNMERGE");
    }

    @Test
    void undo_keeps_a_support_the_target_had_before_the_merge() {
        SignedIn.as("FACILITATOR");
        merges.merge(target.id(), List.of(first.id()), nadia);
        merges.undo(first.id(), nadia);
        SignedIn.out();
        assertThat(supporters().get(target.id())).containsExactly(amina.id());
    }

    @Test
    void merging_is_refused_to_guests_after_collecting_for_other_kinds_and_for_items_with_dots() {
        assertThatThrownBy(() -> merges.merge(target.id(), List.of(first.id()), amina))
                .isInstanceOf(NotAllowedException.class);
        ItemSummary expectation = items.create(ItemKind.EXPECTATION, "Observatoire", "", null, karim);
        SignedIn.as("FACILITATOR");
        assertThatThrownBy(() -> merges.merge(target.id(), List.of(expectation.id()), nadia))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("merge.sameKind"));
        assertThatThrownBy(() -> merges.merge(target.id(), List.of(target.id()), nadia))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("merge.nothingToMerge"));
        consultations.changePhase(meeting.id(), Phase.PRIORITISATION);
        SignedIn.out();
        votes.setDots(first.id(), amina, 1);
        SignedIn.as("FACILITATOR");
        assertThatThrownBy(() -> merges.merge(target.id(), List.of(first.id()), nadia))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.notInPhase.PRIORITISATION"));
        consultations.changePhase(meeting.id(), Phase.DISCUSSION);
        assertThatThrownBy(() -> merges.merge(target.id(), List.of(first.id()), nadia))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("merge.hasDots"));
        assertThat(jdbc.queryForObject("select count(*) from item_merge", Integer.class)).isZero();
    }

    /** What a reader sees of an item: everything but its version and time of change. */
    private static List<Object> comparable(ItemSummary item) {
        return List.of(item.id(), item.kind(), item.title(), item.details(), String.valueOf(item.themeId()),
                item.authorId(), item.authorName(), item.supports(), item.status(), item.merged(), item.dots(),
                item.comments(), item.answerStatus());
    }

    private Map<Long, List<Long>> supporters() {
        return Map.of(target.id(), supportersOf(target.id()), first.id(), supportersOf(first.id()),
                second.id(), supportersOf(second.id()));
    }

    private List<Long> supportersOf(long itemId) {
        return jdbc.queryForList("select participant_id from item_support where item_id = ? order by participant_id",
                Long.class, itemId);
    }

    private List<String> titles(ParticipantRef viewer) {
        return items.list(ItemQuery.of(meeting.id(), viewer.id(), ItemKind.PROPOSAL), PageRequest.of(0, 50)).stream()
                .map(ItemSummary::title).toList();
    }
}
