package org.tashawur.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

@IntegrationTest
class DotVotingTest {

    @Autowired
    ItemService items;
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
    ItemSummary a;
    ItemSummary b;
    ItemSummary c;

    @BeforeEach
    void prioritising() {
        TestMeetings meetings = new TestMeetings(consultations, participants);
        meeting = meetings.create();
        karim = meetings.join(meeting, "Karim", StakeholderGroup.ASSOCIATIONS);
        amina = meetings.join(meeting, "Amina", StakeholderGroup.COUNCILS);
        a = items.create(ItemKind.PROPOSAL, "Observatoire", "", null, karim);
        b = items.create(ItemKind.PROPOSAL, "Incubateur", "", null, karim);
        c = items.create(ItemKind.PROPOSAL, "Guichet", "", null, amina);
        SignedIn.as("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.PRIORITISATION);
        SignedIn.out();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void dots_are_spent_within_the_budget_at_most_three_on_one_item_and_ranked() {
        assertThat(votes.setDots(a.id(), karim, 3)).isEqualTo(2);
        assertThat(votes.setDots(b.id(), karim, 2)).isZero();
        assertThatThrownBy(() -> votes.setDots(c.id(), karim, 1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.dots.budget"));
        assertThatThrownBy(() -> votes.setDots(c.id(), amina, 4))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.dots.perItem"));
        assertThat(votes.setDots(a.id(), karim, 1)).as("moving dots back frees them").isEqualTo(2);
        votes.setDots(c.id(), amina, 3);

        assertThat(votes.dotsOf(karim)).containsEntry(a.id(), 1).containsEntry(b.id(), 2);
        List<ItemSummary> ranking = items.list(ItemQuery.of(meeting.id(), amina.id(), ItemKind.PROPOSAL).rankedByDots(true),
                PageRequest.of(0, 10));
        assertThat(ranking).extracting(ItemSummary::title).containsExactly("Guichet", "Incubateur", "Observatoire");
        assertThat(ranking).extracting(ItemSummary::dots).containsExactly(3, 2, 1);
    }

    @Test
    void two_browsers_of_one_participant_voting_at_the_same_instant_never_exceed_the_budget() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> attempts = new ArrayList<>();
        try {
            for (ItemSummary item : List.of(a, b)) {
                Callable<Integer> vote = () -> {
                    start.await();
                    return votes.setDots(item.id(), karim, 3);
                };
                attempts.add(pool.submit(vote));
            }
            start.countDown();
            int refused = 0;
            for (Future<Integer> vote : attempts) {
                try {
                    vote.get();
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
                    refused++;
                }
            }
            assertThat(refused).as("3 + 3 dots exceed a budget of 5: one of the two is refused").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Integer spent = jdbc.queryForObject("select sum(dots) from dot_vote where participant_id = ?", Integer.class,
                karim.id());
        assertThat(spent).isEqualTo(3);
        Integer tally = jdbc.queryForObject("select sum(dot_count) from item where meeting_id = ?", Integer.class,
                meeting.id());
        assertThat(tally).isEqualTo(spent);
    }

    @Test
    void nobody_votes_outside_prioritisation() {
        SignedIn.as("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.CLOSED);
        SignedIn.out();

        assertThatThrownBy(() -> votes.setDots(a.id(), karim, 1)).isInstanceOf(NotAllowedException.class);
    }

    /**
     * Screens compare an item with their cards by {@link ItemSummary#RANKING} to decide whether a
     * vote can bring it into view; it must order items as the ranked list reads them, ties included.
     */
    @Test
    void the_ranking_screens_compare_by_is_the_order_the_ranked_list_is_read_in() {
        SignedIn.as("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.COLLECTING);
        SignedIn.out();
        ItemSummary d = items.create(ItemKind.PROPOSAL, "Caravane", "", null, amina);
        ItemSummary e = items.create(ItemKind.PROPOSAL, "Plateforme", "", null, amina);
        int[][] dotsAndSupports = {{2, 1}, {2, 4}, {0, 4}, {2, 1}, {0, 0}};
        List<ItemSummary> five = List.of(a, b, c, d, e);
        for (int i = 0; i < five.size(); i++) {
            jdbc.update("update item set dot_count = ?, support_count = ? where id = ?", dotsAndSupports[i][0],
                    dotsAndSupports[i][1], five.get(i).id());
        }

        List<ItemSummary> read = items.list(ItemQuery.of(meeting.id(), amina.id(), ItemKind.PROPOSAL).rankedByDots(true),
                PageRequest.of(0, 10));

        assertThat(read).extracting(ItemSummary::title)
                .containsExactly("Incubateur", "Observatoire", "Caravane", "Guichet", "Plateforme");
        assertThat(read.stream().sorted(ItemSummary.RANKING).toList()).isEqualTo(read);
        List<ItemSummary> shuffled = new ArrayList<>(read);
        Collections.reverse(shuffled);
        assertThat(shuffled.stream().sorted(ItemSummary.RANKING).toList()).isEqualTo(read);
    }
}
