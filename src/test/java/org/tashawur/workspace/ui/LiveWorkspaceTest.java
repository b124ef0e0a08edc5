package org.tashawur.workspace.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._blur;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._focus;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tashawur.MockBrowser.awaitUntil;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.server.VaadinSession;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tashawur.IntegrationTest;
import org.tashawur.MockBrowser;
import org.tashawur.SqlStatements;
import org.tashawur.TestMeetings;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.Phase;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.live.SilentScreens;
import com.vaadin.flow.component.html.Div;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.AnswerStatus;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemSummary;
import elemental.json.Json;
import elemental.json.JsonObject;

/** Two participants, each in their own (simulated) browser, on one meeting. */
@IntegrationTest
class LiveWorkspaceTest {

    private static final Routes ROUTES = org.tashawur.AppRoutes.all();

    @Autowired
    ApplicationContext context;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    DataSource dataSource;
    @Autowired
    SilentScreens silentScreens;

    TestMeetings.Meeting meeting;
    MockSpringServlet servlet;
    MockBrowser amina;
    MockBrowser karim;
    List<MockBrowser> both;

    @BeforeEach
    void twoParticipantsJoin() {
        meeting = new TestMeetings(consultations, participants).create();
        servlet = new MockSpringServlet(ROUTES, context, UI::new);
        amina = MockBrowser.open(servlet).join(meeting.id(), "أمينة", "Wilaya", StakeholderGroup.PREFECTURES);
        karim = MockBrowser.open(servlet).join(meeting.id(), "Karim", "Tamkine", StakeholderGroup.ASSOCIATIONS);
        both = List.of(amina, karim);
    }

    @AfterEach
    void close() {
        MockBrowser.closeAll(both);
    }

    @Test
    void what_one_participant_adds_appears_in_the_others_list_and_is_in_the_database() {
        amina.use();
        _setValue(_get(TextField.class, s -> s.withClasses("add-title")), "مرصد جهوي 😀 <b>x</b>");
        _click(_get(Button.class, s -> s.withClasses("add-submit")));

        awaitUntil(both, karim, "Karim's expectations tab counts the new item",
                () -> expectationsTab().getLabel().contains("1"));
        assertThat(VirtualListsKt._size(list())).isEqualTo(1);
        assertThat(VirtualListsKt._get(list(), 0).title()).isEqualTo("مرصد جهوي 😀 <b>x</b>");
        assertThat(VirtualListsKt._getFormatted(list(), 0)).contains("أمينة");
        assertThat(jdbc.queryForObject("select title from item where meeting_id = ?", String.class, meeting.id()))
                .isEqualTo("مرصد جهوي 😀 <b>x</b>");
    }

    @Test
    void moving_an_item_to_the_other_part_updates_the_others_counts_while_an_edit_leaves_them() {
        long itemId = addAs(amina, "Guichet unique");
        awaitUntil(both, amina, "Amina's expectations tab counts the item", () -> expectationsTab().getLabel().contains("1"));
        openEditorOn(karim, itemId);
        awaitUntil(both, karim, "Karim's editor shows the item",
                () -> "Guichet unique".equals(editorField("title").getValue()));

        @SuppressWarnings("unchecked")
        Select<String> kind = _get(Select.class, s -> s.withClasses("editor-kind"));
        _setValue(kind, "PROPOSAL");

        awaitUntil(both, amina, "Amina's tabs count one proposal and no expectation",
                () -> _get(Tab.class, s -> s.withId("tab-proposals")).getLabel().contains("1")
                        && expectationsTab().getLabel().contains("0"));
    }

    @Test
    void an_empty_title_is_refused_on_screen_and_nothing_is_added() {
        amina.use();
        TextField title = _get(TextField.class, s -> s.withClasses("add-title"));
        _setValue(title, "   ");
        _click(_get(Button.class, s -> s.withClasses("add-submit")));

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo(title.getTranslation("validation.title.required"));
        assertThat(jdbc.queryForObject("select count(*) from item where meeting_id = ?", Long.class, meeting.id()))
                .isZero();
    }

    @Test
    void a_field_typed_in_one_editor_shows_live_in_the_others_editor_and_is_saved_once() {
        long itemId = addAs(amina, "Titre initial");
        awaitUntil(both, karim, "Karim sees the item", () -> VirtualListsKt._size(list()) == 1);

        bothOpenTheEditorOn(itemId, "Titre initial");
        karim.use();
        assertThat(_get(Select.class, s -> s.withClasses("editor-kind")).getValue()).isEqualTo("EXPECTATION");

        amina.use();
        int seen = _get(ItemEditor.class).seenNumber(ItemField.TITLE);
        type("Titre d’Amina", seen);
        // Leaving the field right after the pause's save sends the same text again, with the
        // same number: it is already stored, so it costs the database nothing.
        MockVaadin.runUIQueue(); // Amina's screen draws her own change first
        assertThat(SqlStatements.during(entityManagerFactory, () -> type("Titre d’Amina", seen)))
                .as("SQL statements for a text already saved").isZero();

        awaitUntil(both, karim, "Karim's open editor shows Amina's title",
                () -> "Titre d’Amina".equals(editorField("title").getValue()));
        assertThat(jdbc.queryForObject("select title from item where id = ?", String.class, itemId))
                .isEqualTo("Titre d’Amina");
        assertThat(jdbc.queryForObject(
                "select count(*) from item_revision where item_id = ? and field = 'TITLE' and old_value is not null",
                Long.class, itemId)).isEqualTo(1L);
        awaitUntil(both, karim, "Karim's card shows the new title",
                () -> VirtualListsKt._getFormatted(list(), 0).contains("Titre d’Amina"));
    }

    @Test
    void the_other_sees_who_edits_which_field_of_an_item() {
        _focus(aminaOpensHerNewItem("Guichet unique").detailsField());

        String detailsLabel = karim.ui().getTranslation("field.DETAILS");
        awaitUntil(both, karim, "Karim's card says Amina edits the details",
                () -> VirtualListsKt._getFormatted(list(), 0).contains("أمينة · " + detailsLabel));
    }

    @Test
    void a_browser_gone_silent_leaves_the_others_screens_and_its_editing_mark_with_it() {
        ItemEditor editor = aminaOpensHerNewItem("Guichet unique");
        _focus(editor.titleField());
        awaitUntil(both, karim, "Karim's card says Amina edits the title",
                () -> VirtualListsKt._getFormatted(list(), 0).contains("أمينة · "));
        awaitUntil(both, karim, "Karim's presence shows Amina", () -> presenceNames().contains("أمينة"));

        // Amina's laptop went to sleep an hour ago: no heartbeat since; Karim's browser is alive.
        amina.ui().getInternals().setLastHeartbeatTimestamp(System.currentTimeMillis() - Duration.ofHours(1).toMillis());
        for (MockBrowser browser : both) {
            browser.use();
            VaadinSession session = VaadinSession.getCurrent();
            silentScreens.closeSilentScreens(session);
            session.getService().runPendingAccessTasks(session); // the sweep's work, as its thread would run it
        }

        assertThat(amina.ui().isAttached()).as("Amina's silent screen is closed").isFalse();
        assertThat(karim.ui().isAttached()).as("Karim's screen stays").isTrue();
        // Both sessions' queues run, as a server purges each (the engine's leaving of Amina's
        // topics may be queued in her session after the sweep): running only Karim's failed 2 runs of 4.
        awaitUntil(both, karim, "Karim's card no longer says Amina edits it",
                () -> !VirtualListsKt._getFormatted(list(), 0).contains("أمينة · "));
        awaitUntil(both, karim, "Karim's presence no longer shows Amina",
                () -> !presenceNames().contains("أمينة"));
    }

    @Test
    void moving_to_the_next_field_moves_the_mark_on_the_others_card_a_moment_later_without_clearing_it() {
        ItemEditor editor = aminaOpensHerNewItem("Guichet unique");
        _focus(editor.titleField());
        String titleLabel = karim.ui().getTranslation("field.TITLE");
        String detailsLabel = karim.ui().getTranslation("field.DETAILS");
        awaitUntil(both, karim, "Karim's card says Amina edits the title",
                () -> VirtualListsKt._getFormatted(list(), 0).contains("أمينة · " + titleLabel));

        // Tab: the title loses the focus and the details get it, in one request of Amina's. What
        // each step hands to the engine is run at once; the request's end (clientRoundtrip) and
        // the delayed move (Amina's queue, after 300 ms) are not, so neither may show yet.
        amina.use();
        _blur(editor.titleField());
        MockVaadin.runUIQueue();
        keepsShowing("Karim's card before Amina's request ends", "أمينة · " + titleLabel);
        amina.use();
        _focus(editor.detailsField());
        MockVaadin.runUIQueue();
        keepsShowing("Karim's card just after Amina's Tab: the move comes later", "أمينة · " + titleLabel);
        awaitUntil(both, karim, "Karim's card says Amina edits the details",
                () -> VirtualListsKt._getFormatted(list(), 0).contains("أمينة · " + detailsLabel));

        // Leaving the last field clears the mark once Amina's request is handled.
        amina.use();
        _blur(editor.detailsField());
        MockVaadin.clientRoundtrip();
        awaitUntil(both, karim, "Karim's card no longer says Amina edits it",
                () -> !VirtualListsKt._getFormatted(list(), 0).contains("أمينة · " + detailsLabel)
                        && !VirtualListsKt._getFormatted(list(), 0).contains("أمينة · " + titleLabel));
    }

    @Test
    void deleting_an_item_another_participant_edits_tells_them_and_keeps_their_text() {
        long itemId = addAs(amina, "À supprimer");
        awaitUntil(both, karim, "Karim sees the item", () -> VirtualListsKt._size(list()) == 1);
        openEditorOn(karim, itemId);
        awaitUntil(both, karim, "Karim's editor shows the stored title",
                () -> "À supprimer".equals(editorField("title").getValue()));

        amina.use();
        ItemList aminasList = _get(ItemList.class);
        aminasList.delete(VirtualListsKt._get(list(), 0));
        _fireConfirm(_get(ConfirmDialog.class));

        awaitUntil(both, karim, "Karim's editor says the item was deleted",
                () -> !_find(Button.class, s -> s.withClasses("keep-as-new")).isEmpty());
        assertThat(editorField("title").getValue()).isEqualTo("À supprimer");
        assertThat(editorField("title").isReadOnly()).isTrue();
        assertThat(VirtualListsKt._size(list())).isZero();
        assertThat(jdbc.queryForObject("select deleted_by from item where id = ?", String.class, itemId))
                .isEqualTo("أمينة");

        _click(_get(Button.class, s -> s.withClasses("keep-as-new")));
        assertThat(jdbc.queryForObject("select count(*) from item where meeting_id = ? and deleted_at is null",
                Long.class, meeting.id())).isEqualTo(1L);
    }

    @Test
    void typing_a_title_like_an_existing_item_shows_it_and_one_click_opens_it_instead_of_adding() {
        long itemId = addAs(amina, "تعزيز المراكز الاجتماعية للقرب");

        karim.use();
        _setValue(_get(TextField.class, s -> s.withClasses("add-title")), "تعزيز مراكز القرب الاجتماعيه");
        Button hint = _get(Button.class, s -> s.withClasses("similar-item"));
        assertThat(hint.getText()).contains("تعزيز المراكز الاجتماعية للقرب");

        _click(hint);
        awaitUntil(both, karim, "the editor opened on the existing item",
                () -> "تعزيز المراكز الاجتماعية للقرب".equals(editorField("title").getValue()));
        assertThat(_get(ItemEditor.class).itemId()).isEqualTo(itemId);
        assertThat(jdbc.queryForObject("select count(*) from item where meeting_id = ?", Long.class, meeting.id()))
                .isEqualTo(1L);
    }

    @Test
    void a_facilitator_moves_the_meeting_to_discussion_and_the_guests_screen_stops_offering_to_add() {
        withFacilitator((facilitator, three) -> {
        karim.use();
        assertThat(_find(Select.class, s -> s.withClasses("phase-control"))).as("guests get no phase control").isEmpty();
        assertThat(_get(TextField.class, s -> s.withClasses("add-title")).isEnabled()).isTrue();

        facilitator.use();
        @SuppressWarnings("unchecked")
        Select<Phase> control = _get(Select.class, s -> s.withClasses("phase-control"));
        _setValue(control, Phase.DISCUSSION);

        awaitUntil(three, karim, "Karim's screen shows the discussion phase",
                () -> _get(Div.class, s -> s.withClasses("phase-bar")).getElement().getAttribute("data-phase")
                        .equals("DISCUSSION"));
        assertThat(_get(TextField.class, s -> s.withClasses("add-title")).isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select phase from meeting where id = ?", String.class, meeting.id()))
                .isEqualTo("DISCUSSION");
        });
    }

    @Test
    void the_item_a_facilitator_puts_up_for_discussion_is_highlighted_on_the_guests_screen() {
        long itemId = addAs(amina, "Mutualiser les centres sociaux");
        withFacilitator((facilitator, three) -> {
        facilitator.use();
        ItemSummary item = VirtualListsKt._findAll(list()).stream().filter(i -> i.id() == itemId)
                .findFirst().orElseThrow();
        assertThat(VirtualListsKt._getFormatted(list(), 0)).contains(facilitator.ui().getTranslation("discussing.start"));
        _get(ItemList.class).discuss(item);

        awaitUntil(three, karim, "Karim's screen says what is discussed",
                () -> _get(Div.class, s -> s.withClasses("discussing-banner")).isVisible());
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withClasses("discussing-text")).getText())
                .contains("Mutualiser les centres sociaux");
        assertThat(_find(Button.class, s -> s.withClasses("discussing-stop"))).isEmpty();
        assertThat(jdbc.queryForObject("select discussing_item_id from meeting where id = ?", Long.class, meeting.id()))
                .isEqualTo(itemId);
        });
    }

    @Test
    void an_official_answer_published_by_the_facilitator_shows_on_the_guests_card() {
        karim.use();
        openProposals();
        long itemId = addAs(karim, "Observatoire régional des données sociales");
        withFacilitator((facilitator, three) -> {
        facilitator.use();
        openProposals();
        openEditorOn(facilitator, itemId);
        @SuppressWarnings("unchecked")
        Select<AnswerStatus> status = _get(Select.class, s -> s.withClasses("answer-status-field"));
        _setValue(status, AnswerStatus.ACCEPTED);
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withClasses("answer-text-field")),
                "Retenue : un observatoire par province.");
        _click(_get(Button.class, s -> s.withClasses("answer-publish")));

        String accepted = karim.ui().getTranslation("answer.ACCEPTED");
        awaitUntil(three, karim, "Karim's card shows the official answer",
                () -> VirtualListsKt._getFormatted(list(), 0).contains(accepted));
        assertThat(VirtualListsKt._getFormatted(list(), 0)).contains("Retenue : un observatoire par province.");
        karim.use();
        openEditorOn(karim, itemId);
        assertThat(_find(AnswerSection.class)).as("guests do not get the answer form").isEmpty();
        });
    }

    @Test
    void in_prioritisation_dots_spent_on_one_screen_rank_the_items_on_the_other() {
        long first = addAs(amina, "Premier");
        long second = addAs(amina, "Second");
        withFacilitator((facilitator, three) -> {
        facilitator.use();
        @SuppressWarnings("unchecked")
        Select<Phase> control = _get(Select.class, s -> s.withClasses("phase-control"));
        _setValue(control, Phase.PRIORITISATION);
        awaitUntil(three, karim, "Karim's screen lets him vote",
                () -> _get(com.vaadin.flow.component.html.Span.class, s -> s.withClasses("dots-left")).isVisible());

        ItemSummary older = VirtualListsKt._findAll(list()).stream().filter(i -> i.id() == first).findFirst()
                .orElseThrow();
        _get(ItemList.class).vote(older, 1);
        _get(ItemList.class).vote(older, 1);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withClasses("dots-left")).getText())
                .contains("3").contains("5");

        awaitUntil(three, amina, "Amina's list is ranked by dots, the voted item first",
                () -> VirtualListsKt._get(list(), 0).id() == first && VirtualListsKt._getFormatted(list(), 0).contains("● 2"));
        assertThat(VirtualListsKt._get(list(), 1).id()).isEqualTo(second);
        });
    }

    @Test
    void a_comment_sent_in_one_editor_appears_in_the_others_open_editor_which_then_takes_edits_without_reading_it_again() {
        long itemId = addAs(amina, "Centres sociaux de proximité");
        awaitUntil(both, karim, "Karim sees the item", () -> VirtualListsKt._size(list()) == 1);
        bothOpenTheEditorOn(itemId, "Centres sociaux de proximité");

        amina.use();
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, s -> s.withClasses("comment-draft")),
                "Qui finance le fonctionnement ?");
        _click(_get(Button.class, s -> s.withClasses("comment-send")));

        awaitUntil(both, karim, "Karim's editor shows Amina's comment",
                () -> commentsShown().contains("Qui finance le fonctionnement ?"));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withClasses("comment-author")).getText())
                .isEqualTo("أمينة");

        // An edit adds no comment: Karim's open editor does not read them again.
        amina.use();
        type("Centres sociaux, avec budget", _get(ItemEditor.class).seenNumber(ItemField.TITLE));
        MockVaadin.runUIQueue(); // Amina's screen draws her own change first
        assertThat(SqlStatements.during(entityManagerFactory, () -> awaitUntil(List.of(karim), karim,
                "Karim's open editor shows Amina's title",
                () -> "Centres sociaux, avec budget".equals(editorField("title").getValue()))))
                .as("SQL statements Karim's screen ran for an edit that added no comment").isZero();
        assertThat(commentsShown()).containsExactly("Qui finance le fonctionnement ?");
    }

    private List<String> commentsShown() {
        return _find(Div.class, s -> s.withClasses("comment-body")).stream().map(Div::getText).toList();
    }

    @Test
    void the_short_join_link_opens_the_meetings_join_screen() {
        String code = consultations.joinCode(meeting.id());
        MockBrowser newcomer = MockBrowser.open(servlet);
        try {
            newcomer.ui().navigate("j/" + code.toLowerCase());
            assertThat(_get(TextField.class, s -> s.withId("join-name"))).isNotNull();
            assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                    .isEqualTo("meeting/" + meeting.id() + "/join");
        } finally {
            newcomer.ui().removeAll();
            MockVaadin.runUIQueue();
        }
    }

    @Test
    void each_sees_the_other_in_the_meetings_presence() {
        awaitUntil(both, karim, "Karim's presence shows Amina", () -> presenceNames().contains("أمينة"));
        awaitUntil(both, amina, "Amina's presence shows Karim", () -> presenceNames().contains("Karim"));
    }

    @Test
    void an_edit_started_before_anothers_change_arrived_is_refused_with_both_texts_and_nothing_is_lost() {
        long itemId = addAs(amina, "Titre de départ");
        awaitUntil(both, karim, "Karim sees the item", () -> VirtualListsKt._size(list()) == 1);
        bothOpenTheEditorOn(itemId, "Titre de départ");
        amina.use();
        int aminaSawOnlyThis = _get(ItemEditor.class).seenNumber(ItemField.TITLE);
        karim.use();

        // Karim changes the title while Amina's browser is cut off: her server-side screen
        // receives it, her browser does not.
        type("Titre de Karim", _get(ItemEditor.class).seenNumber(ItemField.TITLE));
        awaitUntil(both, amina, "Amina's server-side editor has Karim's title",
                () -> "Titre de Karim".equals(editorField("title").getValue()));

        // Back online, her browser sends what she typed on top of the old title.
        amina.use();
        type("Titre d’Amina hors ligne", aminaSawOnlyThis);

        ConflictDialog conflict = _get(ConflictDialog.class);
        assertThat(_get(conflict, com.vaadin.flow.component.html.Div.class, s -> s.withClasses("conflict-stored")).getElement()
                .getTextRecursively()).contains("Titre de Karim");
        assertThat(_get(conflict, com.vaadin.flow.component.html.Div.class, s -> s.withClasses("conflict-mine")).getElement()
                .getTextRecursively()).contains("Titre d’Amina hors ligne");
        assertThat(jdbc.queryForObject("select title from item where id = ?", String.class, itemId))
                .isEqualTo("Titre de Karim");

        _click(_get(conflict, Button.class, s -> s.withText(conflict.getTranslation("conflict.keepMine"))));
        assertThat(jdbc.queryForObject("select title from item where id = ?", String.class, itemId))
                .isEqualTo("Titre d’Amina hors ligne");
    }

    @Test
    void when_the_database_cannot_save_the_text_stays_on_screen_and_a_retry_saves_it() throws Exception {
        long itemId = addAs(amina, "Avant la panne");
        openEditorOn(amina, itemId);
        awaitUntil(both, amina, "Amina's editor shows the stored title",
                () -> "Avant la panne".equals(editorField("title").getValue()));
        ItemEditor editor = _get(ItemEditor.class);

        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("select id from item where id = ? for update")) {
                lock.setLong(1, itemId);
                lock.executeQuery();
            }
            type("Pendant la panne", editor.seenNumber(ItemField.TITLE));

            assertThat(editor.status().state()).isEqualTo("failed");
            assertThat(editor.status().message()).contains(editor.getTranslation("save.databaseDown"));
            assertThat(editorField("title").getValue()).isEqualTo("Pendant la panne");
            blocker.rollback();
        }
        _click(_get(editor, Button.class, s -> s.withText(editor.getTranslation("save.retry"))));

        assertThat(editor.status().state()).isEqualTo("saved");
        assertThat(jdbc.queryForObject("select title from item where id = ?", String.class, itemId))
                .isEqualTo("Pendant la panne");
    }

    /**
     * What a browser does when the user types and leaves the field: syncs the value, then sends
     * its change event with the number of the last value it received. (The debounced pause while
     * typing takes the same path; the browser test covers it.)
     */
    private void type(String text, int seenNumber) {
        TextField field = editorField("title");
        _setValue(field, text);
        JsonObject data = Json.createObject();
        data.put("element.value", text);
        data.put("(element.__tashawurSeen || 0)", seenNumber);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(field, "change", data);
    }

    private void openProposals() {
        _get(com.vaadin.flow.component.tabs.Tabs.class, s -> s.withClasses("parts"))
                .setSelectedTab(_get(Tab.class, s -> s.withId("tab-proposals")));
    }

    private List<String> presenceNames() {
        return _find(com.vaadin.flow.component.avatar.AvatarGroup.class).get(0).getItems().stream()
                .map(com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem::getName).toList();
    }

    private long addAs(MockBrowser browser, String title) {
        browser.use();
        _setValue(_get(TextField.class, s -> s.withClasses("add-title")), title);
        _click(_get(Button.class, s -> s.withClasses("add-submit")));
        return jdbc.queryForObject("select max(id) from item where meeting_id = ?", Long.class, meeting.id());
    }

    /** A facilitator, signed in and joined, beside Amina and Karim; their screen is closed after. */
    private void withFacilitator(java.util.function.BiConsumer<MockBrowser, List<MockBrowser>> scenario) {
        MockBrowser facilitator = MockBrowser.open(servlet).signedInAs("FACILITATOR")
                .join(meeting.id(), "Nadia", "Ministère", StakeholderGroup.MINISTRY_SERVICES);
        try {
            scenario.accept(facilitator, List.of(amina, karim, facilitator));
        } finally {
            facilitator.use();
            facilitator.ui().removeAll();
            MockVaadin.runUIQueue();
        }
    }

    private void bothOpenTheEditorOn(long itemId, String storedTitle) {
        openEditorOn(amina, itemId);
        openEditorOn(karim, itemId);
        for (MockBrowser browser : both) {
            awaitUntil(both, browser, "the editor shows the stored title",
                    () -> storedTitle.equals(editorField("title").getValue()));
        }
    }

    /** Amina adds an item, Karim sees it, and Amina opens her editor on it. */
    private ItemEditor aminaOpensHerNewItem(String title) {
        long itemId = addAs(amina, title);
        awaitUntil(both, karim, "Karim sees the item", () -> VirtualListsKt._size(list()) == 1);
        openEditorOn(amina, itemId);
        amina.use();
        return _get(ItemEditor.class);
    }

    /**
     * Karim's first card shows {@code text} and keeps showing it for half a second while his
     * screen runs whatever reaches it (the engine delivers on a thread of its own).
     */
    private void keepsShowing(String what, String text) {
        long until = System.nanoTime() + 500_000_000L;
        while (System.nanoTime() < until) {
            karim.use();
            MockVaadin.runUIQueue();
            assertThat(VirtualListsKt._getFormatted(list(), 0)).as(what).contains(text);
        }
    }

    private void openEditorOn(MockBrowser browser, long itemId) {
        browser.use();
        ItemList itemList = _get(ItemList.class);
        ItemSummary item = VirtualListsKt._findAll(list()).stream().filter(i -> i.id() == itemId)
                .findFirst().orElseThrow();
        itemList.edit(item);
    }

    @SuppressWarnings("unchecked")
    private VirtualList<ItemSummary> list() {
        return _get(VirtualList.class);
    }

    private Tab expectationsTab() {
        return _get(Tab.class, s -> s.withId("tab-expectations"));
    }

    private TextField editorField(String which) {
        if ("title".equals(which)) {
            return _get(ItemEditor.class).titleField();
        }
        throw new IllegalArgumentException(which);
    }
}
