package org.tashawur.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tashawur.MockBrowser.awaitUntil;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataCommunicator;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tashawur.IntegrationTest;
import org.tashawur.MockBrowser;
import org.tashawur.SignedIn;
import org.tashawur.SqlStatements;
import org.tashawur.TestMeetings;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.Phase;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.DotVoteService;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;

/**
 * How another participant's list takes a change: it draws the changed card again, and reads
 * its list from the database again only when the item may have entered or left it. Every
 * screen of the meeting does this at every change, so a needless read costs the database once
 * per participant.
 */
@IntegrationTest
class ListFollowsChangesTest {

    private static final Routes ROUTES = org.tashawur.AppRoutes.all();

    @Autowired
    ApplicationContext context;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    ItemService items;
    @Autowired
    DotVoteService votes;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    TestMeetings.Meeting meeting;
    ParticipantRef author;
    MockBrowser karim;
    int viewStart;
    int viewLength;

    @BeforeEach
    void karimWatchesTheMeeting() {
        TestMeetings factory = new TestMeetings(consultations, participants);
        meeting = factory.create();
        author = factory.join(meeting, "أمينة", StakeholderGroup.PREFECTURES);
        karim = MockBrowser.open(new MockSpringServlet(ROUTES, context, UI::new))
                .join(meeting.id(), "Karim", "Tamkine", StakeholderGroup.ASSOCIATIONS);
    }

    @AfterEach
    void close() {
        SignedIn.out();
        MockBrowser.closeAll(List.of(karim));
    }

    @Test
    void a_screen_filtered_by_theme_takes_edits_of_its_card_and_of_other_items_without_reading_the_list_again() {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Observatoire", "", meeting.themeA(), author);
        ItemSummary other = items.create(ItemKind.EXPECTATION, "Maison des jeunes", "", meeting.themeB(), author);
        karim.use();
        filterByTheme(meeting.themeA());
        showCards(5);
        assertThat(titlesOnScreen()).containsExactly("Observatoire");

        items.update(other.id(), ItemField.TITLE, "Maison des jeunes", "Maison des jeunes rénovée", author);
        // An edit of Karim's card after it: once his screen shows it, it has had both.
        items.update(item.id(), ItemField.TITLE, "Observatoire", "Observatoire régional", author);
        long queries = queriesWhile(() -> awaitUntil(List.of(karim), karim, "Karim's card shows the new title",
                () -> roundTrip().contains("Observatoire régional")));

        assertThat(queries).as("queries Karim's screen ran for the two edits").isZero();
        assertThat(titlesOnScreen()).containsExactly("Observatoire régional");
    }

    @Test
    void an_item_moved_to_another_theme_leaves_the_screen_filtered_by_its_old_theme() {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Guichet unique", "", meeting.themeA(), author);
        items.create(ItemKind.EXPECTATION, "Maison des jeunes", "", meeting.themeA(), author);
        karim.use();
        filterByTheme(meeting.themeA());
        showCards(5);
        assertThat(titlesOnScreen()).containsExactlyInAnyOrder("Guichet unique", "Maison des jeunes");

        items.update(item.id(), ItemField.THEME, String.valueOf(meeting.themeA()), String.valueOf(meeting.themeB()),
                author);

        awaitUntil(List.of(karim), karim, "the item left Karim's list",
                () -> roundTrip().equals(List.of("Maison des jeunes")));
    }

    @Test
    void an_edit_of_an_item_further_down_the_list_does_not_read_the_list_again_and_shows_when_scrolled_to() {
        List<ItemSummary> created = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> created.add(
                items.create(ItemKind.EXPECTATION, "Élément " + i, "", null, author)));
        karim.use();
        showCards(5); // newest first: items 29 to 25
        ItemSummary oldest = created.get(0);

        items.update(oldest.id(), ItemField.TITLE, "Élément 0", "Élément 0, revu", author);
        // A change of a card in view, after it: once Karim's screen shows it, it has had both.
        items.update(created.get(29).id(), ItemField.TITLE, "Élément 29", "Élément 29, revu", author);
        long queries = queriesWhile(() -> awaitUntil(List.of(karim), karim, "Karim's screen has both changes",
                () -> roundTrip().contains("Élément 29, revu")));
        assertThat(queries).as("queries Karim's screen ran for changes it draws in place or not at all").isZero();

        showCards(25, 5); // scrolled to the bottom
        assertThat(titlesOnScreen()).contains("Élément 0, revu");
    }

    @Test
    void a_list_ranked_by_dots_reads_itself_again_only_for_a_vote_that_can_bring_an_item_into_view() {
        List<ItemSummary> created = rankedWithItems0To4InView();
        ItemSummary far = created.get(29); // in view before the ranking

        votes.setDots(far.id(), voter("Salma"), 1); // one dot: still after the five cards
        // A vote on a card in view, after it: once Karim's screen shows it, it has had both.
        votes.setDots(created.get(0).id(), voter("Hamid"), 1);
        long queries = queriesWhile(() -> awaitUntil(List.of(karim), karim, "Karim's first card shows 3 dots",
                () -> cardsOnScreen().get(0).dots() == 3));
        assertThat(queries).as("queries Karim's screen ran for a vote that leaves its cards as they are").isZero();

        votes.setDots(far.id(), voter("Nadia"), 3); // four dots: first of the ranking
        awaitUntil(List.of(karim), karim, "the item voted up opens Karim's list",
                () -> roundTrip().get(0).equals("Élément 29"));
        assertThat(titlesOnScreen()).containsExactly("Élément 29", "Élément 0", "Élément 1", "Élément 2", "Élément 3");
    }

    @Test
    void votes_do_not_move_the_cards_in_view_but_a_notice_offers_to_rank_them_again() {
        List<ItemSummary> created = rankedWithItems0To4InView();
        assertThat(rankNoticeShown()).isFalse();

        votes.setDots(created.get(3).id(), voter("Salma"), 3); // item 3: 5 dots, more than items 0 to 2
        awaitUntil(List.of(karim), karim, "Karim's fourth card shows 5 dots", () -> cardsOnScreen().get(3).dots() == 5);

        assertThat(titlesOnScreen()).as("the cards stay in place under Karim's hand")
                .containsExactly("Élément 0", "Élément 1", "Élément 2", "Élément 3", "Élément 4");
        assertThat(rankNoticeShown()).isTrue();
        _click(_get(Button.class, spec -> spec.withClasses("rerank")));
        assertThat(roundTrip()).containsExactly("Élément 3", "Élément 0", "Élément 1", "Élément 2", "Élément 4");
        assertThat(rankNoticeShown()).isFalse();
    }

    /**
     * Thirty items, Karim's screen showing five of them newest first; then the prioritisation
     * phase, with two dots on each of items 0 to 4, which Karim's ranked list shows.
     */
    private List<ItemSummary> rankedWithItems0To4InView() {
        List<ItemSummary> created = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> created.add(
                items.create(ItemKind.EXPECTATION, "Élément " + i, "", null, author)));
        karim.use();
        showCards(5); // newest first: items 29 to 25
        SignedIn.as("FACILITATOR");
        consultations.changePhase(meeting.id(), Phase.PRIORITISATION);
        SignedIn.out();
        for (int i = 0; i < 5; i++) { // two dots on each of items 0 to 4; the others have none
            votes.setDots(created.get(i).id(), voter("V" + i), 2);
        }
        karim.use();
        awaitUntil(List.of(karim), karim, "Karim's list is ranked by dots", () -> _get(ItemList.class).query().byDots());
        showCards(5);
        assertThat(titlesOnScreen()).containsExactly("Élément 0", "Élément 1", "Élément 2", "Élément 3", "Élément 4");
        return created;
    }

    /** Whether Karim sees the notice (the locator finds only what is shown). */
    private boolean rankNoticeShown() {
        return !_find(Div.class, spec -> spec.withClasses("rank-notice")).isEmpty();
    }

    private ParticipantRef voter(String name) {
        return new TestMeetings(consultations, participants).join(meeting, name, StakeholderGroup.ASSOCIATIONS);
    }

    /**
     * SQL statements run while {@code action} runs. The saves come before it: the screen runs what they
     * sent it only when the test runs its queue, as the test holds its session.
     */
    private long queriesWhile(Runnable action) {
        return SqlStatements.during(entityManagerFactory, action);
    }

    private void filterByTheme(long themeId) {
        @SuppressWarnings("unchecked")
        Select<String> theme = _get(Select.class, s -> s.withClasses("filter-theme"));
        _setValue(theme, String.valueOf(themeId));
    }

    private void showCards(int count) {
        showCards(0, count);
    }

    /** What a browser's list does once drawn or scrolled: asks for the cards in view. */
    private void showCards(int start, int count) {
        viewStart = start;
        viewLength = count;
        communicator().setViewportRange(start, count);
        MockVaadin.clientRoundtrip();
    }

    /** What the server does before it answers the browser (the list's data goes out), then the titles in view. */
    private List<String> roundTrip() {
        MockVaadin.clientRoundtrip();
        return titlesOnScreen();
    }

    /** The titles of the cards in view, as the screen would draw them (held in memory: no query). */
    private List<String> titlesOnScreen() {
        return cardsOnScreen().stream().map(ItemSummary::title).toList();
    }

    /** The cards in view, as the screen would draw them (held in memory: no query). */
    private List<ItemSummary> cardsOnScreen() {
        List<ItemSummary> cards = new ArrayList<>();
        DataCommunicator<ItemSummary> communicator = communicator();
        for (int i = viewStart; i < viewStart + viewLength; i++) {
            ItemSummary card;
            try {
                card = communicator.getItem(i);
            } catch (IndexOutOfBoundsException end) {
                break;
            }
            if (card != null) {
                cards.add(card);
            }
        }
        return cards;
    }

    @SuppressWarnings("unchecked")
    private DataCommunicator<ItemSummary> communicator() {
        return ((VirtualList<ItemSummary>) _get(VirtualList.class)).getDataCommunicator();
    }
}
