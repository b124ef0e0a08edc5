package org.tashawur.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tashawur.MockBrowser.awaitUntil;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tashawur.IntegrationTest;
import org.tashawur.MockBrowser;
import org.tashawur.TestMeetings;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.ItemStatus;
import org.tashawur.workspace.ItemSummary;

/** A facilitator moderating while two guests watch, each in their own (simulated) browser. */
@IntegrationTest
class ModerationLiveTest {

    private static final Routes ROUTES = org.tashawur.AppRoutes.all();

    @Autowired
    ApplicationContext context;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcTemplate jdbc;

    TestMeetings.Meeting meeting;
    MockBrowser facilitator;
    MockBrowser amina;
    MockBrowser karim;
    List<MockBrowser> all;

    @BeforeEach
    void threeScreens() {
        meeting = new TestMeetings(consultations, participants).create();
        MockSpringServlet servlet = new MockSpringServlet(ROUTES, context, UI::new);
        facilitator = MockBrowser.open(servlet).signedInAs("FACILITATOR")
                .join(meeting.id(), "Nadia", "Ministère", StakeholderGroup.MINISTRY_SERVICES);
        amina = MockBrowser.open(servlet).join(meeting.id(), "أمينة", "Wilaya", StakeholderGroup.PREFECTURES);
        karim = MockBrowser.open(servlet).join(meeting.id(), "Karim", "Tamkine", StakeholderGroup.ASSOCIATIONS);
        all = List.of(facilitator, amina, karim);
    }

    @AfterEach
    void close() {
        MockBrowser.closeAll(all);
    }

    @Test
    void under_premoderation_a_guests_item_waits_unseen_by_others_until_the_facilitator_approves_it() {
        facilitator.use();
        _setValue(_get(Checkbox.class, s -> s.withClasses("premoderation-toggle")), true);
        awaitUntil(all, karim, "Karim's screen says new items are checked first",
                () -> _get(Span.class, s -> s.withClasses("premoderation-note")).isVisible());

        add(karim, "Observatoire régional");
        assertThat(titles()).containsExactly("Observatoire régional");
        assertThat(VirtualListsKt._getFormatted(list(), 0)).contains(karim.ui().getTranslation("status.PENDING"));
        assertThat(notificationTexts()).contains(karim.ui().getTranslation("premoderation.added"));

        awaitUntil(all, facilitator, "the facilitator's queue counts it",
                () -> _get(Span.class, s -> s.withClasses("moderation-queue")).getText()
                        .equals(facilitator.ui().getTranslation("queue.counts", 1, 0)));
        assertThat(titles()).containsExactly("Observatoire régional");
        amina.use();
        MockVaadin.runUIQueue();
        assertThat(titles()).as("Amina does not see it").isEmpty();
        assertThat(_get(com.vaadin.flow.component.tabs.Tab.class, s -> s.withId("tab-expectations")).getLabel())
                .contains("0");

        facilitator.use();
        _get(ItemList.class).moderate("approve", item(0));
        awaitUntil(all, amina, "Amina's list shows the approved item", () -> titles().contains("Observatoire régional"));
        awaitUntil(all, karim, "Karim is told", () -> notificationTexts().stream()
                .anyMatch(t -> t.equals(karim.ui().getTranslation("moderation.toldPublished", "Observatoire régional"))));
        assertThat(jdbc.queryForObject("select status from item where meeting_id = ?", String.class, meeting.id()))
                .isEqualTo("PUBLISHED");
    }

    @Test
    void a_hidden_item_leaves_the_other_screens_and_its_author_reads_why() {
        add(karim, "Publicité");
        awaitUntil(all, amina, "Amina sees Karim's item", () -> titles().contains("Publicité"));

        facilitator.use();
        awaitUntil(all, facilitator, "the facilitator sees it", () -> titles().contains("Publicité"));
        _get(ItemList.class).moderate("hide", item(0));
        _click(_get(Button.class, s -> s.withClasses("reason-confirm")));
        assertThat(_get(TextArea.class, s -> s.withClasses("reason-field")).isInvalid())
                .as("an empty reason is refused and the dialog stays").isTrue();
        _setValue(_get(TextArea.class, s -> s.withClasses("reason-field")), "Hors sujet");
        _click(_get(Button.class, s -> s.withClasses("reason-confirm")));

        awaitUntil(all, amina, "the item leaves Amina's list", () -> titles().isEmpty());
        awaitUntil(all, karim, "Karim is told why", () -> notificationTexts().stream()
                .anyMatch(t -> t.contains("Hors sujet")));
        assertThat(VirtualListsKt._getFormatted(list(), 0)).contains("Hors sujet");
        assertThat(jdbc.queryForObject("select hidden_reason from item where meeting_id = ?", String.class, meeting.id()))
                .isEqualTo("Hors sujet");
    }

    @Test
    void the_facilitator_merges_a_duplicate_from_the_dialog_and_separates_it_again() {
        add(karim, "Observatoire régional des données sociales");
        add(amina, "Observatoire régional de données sociales");
        facilitator.use();
        awaitUntil(all, facilitator, "both items are listed", () -> titles().size() == 2);
        ItemSummary target = item(titles().indexOf("Observatoire régional des données sociales"));
        _get(ItemList.class).moderate("merge", target);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Long> candidates = _get(CheckboxGroup.class, s -> s.withClasses("merge-candidates"));
        long duplicate = candidates.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(candidates, Set.of(duplicate));
        _click(_get(Button.class, s -> s.withClasses("merge-confirm")));

        awaitUntil(all, amina, "one item is left on Amina's screen", () -> titles().size() == 1);
        assertThat(VirtualListsKt._getFormatted(list(), 0)).contains("⧉ 1");
        _get(ItemList.class).edit(item(0));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("original-title")).getText())
                .isEqualTo("Observatoire régional de données sociales");
        assertThat(_find(Button.class, s -> s.withClasses("merge-undo"))).as("guests cannot undo").isEmpty();

        facilitator.use();
        _get(ItemList.class).edit(target);
        _click(_get(Button.class, s -> s.withClasses("merge-undo")));
        awaitUntil(all, amina, "both items are back on Amina's screen", () -> titles().size() == 2);
        assertThat(jdbc.queryForObject("select count(*) from item_merge", Integer.class)).isZero();
    }

    @Test
    void the_timer_and_dot_budget_set_by_the_facilitator_reach_the_guests() {
        facilitator.use();
        _setValue(_get(IntegerField.class, s -> s.withClasses("timer-minutes")), 7);
        _click(_get(Button.class, s -> s.withClasses("timer-start")));
        _setValue(_get(IntegerField.class, s -> s.withClasses("dot-budget-field")), 9);

        awaitUntil(all, amina, "Amina's screen shows the running timer",
                () -> "RUNNING".equals(timer().getElement().getAttribute("data-state")));
        assertThat(Integer.parseInt(timer().getElement().getAttribute("data-remaining-s"))).isBetween(400, 420);
        assertThat(_find(Button.class, s -> s.withClasses("timer-start"))).as("guests get no controls").isEmpty();

        facilitator.use();
        _click(_get(Button.class, s -> s.withClasses("timer-pause")));
        awaitUntil(all, amina, "Amina's timer pauses", () -> "PAUSED".equals(timer().getElement().getAttribute("data-state")));
        assertThat(consultations.dotBudget(meeting.id())).isEqualTo(9);
    }

    private Span timer() {
        return _get(Span.class, s -> s.withClasses("phase-timer"));
    }

    private void add(MockBrowser browser, String title) {
        browser.use();
        _setValue(_get(TextField.class, s -> s.withClasses("add-title")), title);
        _click(_get(Button.class, s -> s.withClasses("add-submit")));
    }

    @SuppressWarnings("unchecked")
    private VirtualList<ItemSummary> list() {
        return _get(VirtualList.class);
    }

    private ItemSummary item(int index) {
        return VirtualListsKt._get(list(), index);
    }

    private List<String> titles() {
        return VirtualListsKt._findAll(list()).stream().map(ItemSummary::title).toList();
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }
}
