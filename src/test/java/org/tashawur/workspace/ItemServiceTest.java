package org.tashawur.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tashawur.IntegrationTest;
import org.tashawur.TestMeetings;
import org.tashawur.base.InvalidInputException;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;

@IntegrationTest
class ItemServiceTest {

    @Autowired
    ItemService items;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SupportService supports;
    @Autowired
    CommentService comments;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;

    TestMeetings.Meeting meeting;
    ParticipantRef amina;
    ParticipantRef karim;

    @BeforeEach
    void newMeeting() {
        TestMeetings meetings = new TestMeetings(consultations, participants);
        meeting = meetings.create();
        amina = meetings.join(meeting, "أمينة", StakeholderGroup.COUNCILS);
        karim = meetings.join(meeting, "Karim", StakeholderGroup.ASSOCIATIONS);
    }

    @Test
    void a_new_item_is_stored_with_its_author_and_a_revision_per_filled_field() {
        ItemSummary item = items.create(ItemKind.PROPOSAL, "مرصد جهوي", "تفاصيل", meeting.themeA(), amina);

        Map<String, Object> row = jdbc.queryForMap(
                "select kind, title, details, theme_id, author_name, author_group, version from item where id = ?",
                item.id());
        assertThat(row).containsEntry("kind", "PROPOSAL").containsEntry("title", "مرصد جهوي")
                .containsEntry("details", "تفاصيل").containsEntry("theme_id", meeting.themeA())
                .containsEntry("author_name", "أمينة").containsEntry("author_group", "COUNCILS")
                .containsEntry("version", 1L);
        assertThat(jdbc.queryForList("select field from item_revision where item_id = ? order by field",
                String.class, item.id())).containsExactly("DETAILS", "KIND", "THEME", "TITLE");
    }

    @Test
    void an_edit_stores_the_value_writes_a_revision_with_old_and_new_and_bumps_the_version() {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Avant", "", null, amina);

        SaveOutcome outcome = items.update(item.id(), ItemField.TITLE, "Avant", "Après", karim);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(jdbc.queryForObject("select title from item where id = ?", String.class, item.id()))
                .isEqualTo("Après");
        Map<String, Object> revision = jdbc.queryForMap("""
                select item_version, old_value, new_value, actor_name, actor_participant_id from item_revision
                where item_id = ? and field = 'TITLE' and old_value is not null""", item.id());
        assertThat(revision).containsEntry("item_version", 2L).containsEntry("old_value", "Avant")
                .containsEntry("new_value", "Après").containsEntry("actor_name", "Karim")
                .containsEntry("actor_participant_id", karim.id());
        assertThat(items.find(item.id())).get().extracting(ItemSummary::version).isEqualTo(2L);
    }

    @Test
    void a_write_based_on_a_stale_value_is_refused_with_both_texts_and_nothing_is_overwritten() {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Original", "", null, amina);
        items.update(item.id(), ItemField.TITLE, "Original", "Amina's version", amina);

        SaveOutcome outcome = items.update(item.id(), ItemField.TITLE, "Original", "Karim's offline version", karim);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Conflict.class, c -> {
            assertThat(c.stored()).isEqualTo("Amina's version");
            assertThat(c.mine()).isEqualTo("Karim's offline version");
        });
        assertThat(jdbc.queryForObject("select title from item where id = ?", String.class, item.id()))
                .isEqualTo("Amina's version");
        assertThat(revisionCount(item.id())).isEqualTo(3); // kind, title at creation + Amina's edit
    }

    @Test
    void edits_to_different_fields_from_the_same_starting_point_both_apply() {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Titre", "Détails", null, amina);

        items.update(item.id(), ItemField.TITLE, "Titre", "Titre d'Amina", amina);
        SaveOutcome second = items.update(item.id(), ItemField.DETAILS, "Détails", "Détails de Karim", karim);

        assertThat(second).isInstanceOf(SaveOutcome.Saved.class);
        ItemSummary stored = items.find(item.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("Titre d'Amina");
        assertThat(stored.details()).isEqualTo("Détails de Karim");
        assertThat(stored.version()).isEqualTo(3);
    }

    @Test
    void writing_the_value_already_stored_is_accepted_without_a_new_revision() {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Même", "", null, amina);
        int before = revisionCount(item.id());

        SaveOutcome outcome = items.update(item.id(), ItemField.TITLE, "autre base", "Même", karim);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(revisionCount(item.id())).isEqualTo(before);
    }

    @Test
    void two_writers_racing_on_one_field_from_the_same_base_give_one_save_and_one_conflict() throws Exception {
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Base", "", null, amina);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<SaveOutcome> a = () -> {
                start.await();
                return items.update(item.id(), ItemField.TITLE, "Base", "From A", amina);
            };
            Callable<SaveOutcome> b = () -> {
                start.await();
                return items.update(item.id(), ItemField.TITLE, "Base", "From B", karim);
            };
            Future<SaveOutcome> fa = pool.submit(a);
            Future<SaveOutcome> fb = pool.submit(b);
            start.countDown();
            List<SaveOutcome> outcomes = List.of(fa.get(), fb.get());

            assertThat(outcomes).filteredOn(o -> o instanceof SaveOutcome.Saved).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof SaveOutcome.Conflict).hasSize(1);
            String stored = jdbc.queryForObject("select title from item where id = ?", String.class, item.id());
            SaveOutcome.Conflict conflict = (SaveOutcome.Conflict) outcomes.stream()
                    .filter(o -> o instanceof SaveOutcome.Conflict).findFirst().orElseThrow();
            assertThat(conflict.stored()).isEqualTo(stored);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_deleted_item_leaves_the_list_but_keeps_its_row_and_history_and_editors_learn_who_deleted_it() {
        ItemSummary item = items.create(ItemKind.PROPOSAL, "À supprimer", "", null, amina);

        items.delete(item.id(), karim);

        assertThat(items.find(item.id())).isEmpty();
        assertThat(items.list(query(ItemKind.PROPOSAL), PageRequest.of(0, 50))).extracting(ItemSummary::id)
                .doesNotContain(item.id());
        assertThat(jdbc.queryForObject("select deleted_by from item where id = ?", String.class, item.id()))
                .isEqualTo("Karim");
        assertThat(jdbc.queryForList("select field from item_revision where item_id = ? order by item_version desc",
                String.class, item.id())).first().isEqualTo("DELETED");
        assertThat(items.update(item.id(), ItemField.TITLE, "À supprimer", "Encore", amina))
                .isEqualTo(new SaveOutcome.Deleted("Karim"));
    }

    @Test
    void an_empty_or_blank_title_is_refused_with_its_message_and_nothing_is_written() {
        assertThatThrownBy(() -> items.create(ItemKind.EXPECTATION, "   ", "", null, amina))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.title.required"));
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Titre", "", null, amina);
        assertThatThrownBy(() -> items.update(item.id(), ItemField.TITLE, "Titre", "", amina))
                .isInstanceOf(InvalidInputException.class);

        assertThat(jdbc.queryForObject("select title from item where id = ?", String.class, item.id()))
                .isEqualTo("Titre");
        assertThat(jdbc.queryForObject("select count(*) from item where meeting_id = ?", Long.class, meeting.id()))
                .isEqualTo(1L);
    }

    @Test
    void the_title_limit_counts_characters_not_bytes_and_the_column_holds_exactly_that_many() {
        String emojiTitle = "😀".repeat(ItemSummary.TITLE_MAX);
        ItemSummary item = items.create(ItemKind.EXPECTATION, emojiTitle, "", null, amina);
        assertThat(jdbc.queryForObject("select title from item where id = ?", String.class, item.id()))
                .isEqualTo(emojiTitle);

        assertThatThrownBy(() -> items.create(ItemKind.EXPECTATION, "x".repeat(ItemSummary.TITLE_MAX + 1), "", null, amina))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.title.tooLong"));
        String longDetails = "د".repeat(ItemSummary.DETAILS_MAX);
        assertThat(items.update(item.id(), ItemField.DETAILS, "", longDetails, amina)).isInstanceOf(SaveOutcome.Saved.class);
        assertThatThrownBy(() -> items.update(item.id(), ItemField.DETAILS, longDetails, longDetails + "د", amina))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void arabic_french_emoji_mixed_direction_and_html_looking_text_round_trip_byte_for_byte() {
        List<String> texts = List.of(
                "التقائية البرامج الاجتماعية مع مخططات التنمية الترابية",
                "Élaborer une stratégie concertée — « pôle social » ; œuvre, ça, où",
                "👩🏽‍⚕️ دعم 🤝 partenariat 🇲🇦",
                "برنامج 2021-2026 with CGEM و UNICEF (شراكة) ‏mixed‎",
                "<script>alert('x')</script><b>gras</b> &amp; \"quotes\"",
                "  espaces au début et à la fin  ");
        for (String text : texts) {
            ItemSummary item = items.create(ItemKind.EXPECTATION, text, text + "\nligne 2\tتبويب", null, amina);
            String hex = jdbc.queryForObject("select hex(title) from item where id = ?", String.class, item.id());
            assertThat(hex).isEqualToIgnoringCase(HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(items.find(item.id()).orElseThrow().details()).isEqualTo(text + "\nligne 2\tتبويب");
        }
    }

    @Test
    void the_list_filters_by_kind_theme_group_and_text_and_counts_each_part() {
        items.create(ItemKind.EXPECTATION, "Guichet unique", "associations", meeting.themeA(), amina);
        items.create(ItemKind.EXPECTATION, "مرصد جهوي", "", meeting.themeB(), karim);
        items.create(ItemKind.PROPOSAL, "Incubateur", "innovation sociale", meeting.themeA(), karim);

        assertThat(titles(query(ItemKind.EXPECTATION))).containsExactly("مرصد جهوي", "Guichet unique");
        assertThat(titles(query(ItemKind.EXPECTATION).withTheme(meeting.themeA())))
                .containsExactly("Guichet unique");
        assertThat(titles(query(ItemKind.EXPECTATION).withGroup(StakeholderGroup.ASSOCIATIONS)))
                .containsExactly("مرصد جهوي");
        assertThat(titles(query(ItemKind.PROPOSAL).withText("INNOVATION")))
                .containsExactly("Incubateur");
        assertThat(titles(query(ItemKind.EXPECTATION).withText("100%_")))
                .isEmpty();
        assertThat(items.count(query(ItemKind.EXPECTATION))).isEqualTo(2);
        assertThat(items.countByKind(meeting.id()))
                .containsEntry(ItemKind.EXPECTATION, 2L).containsEntry(ItemKind.PROPOSAL, 1L);
    }

    @Test
    void an_item_cannot_be_changed_from_another_meeting_nor_given_another_consultations_theme() {
        TestMeetings meetings = new TestMeetings(consultations, participants);
        TestMeetings.Meeting other = meetings.create();
        ParticipantRef stranger = meetings.join(other, "Stranger", StakeholderGroup.MEDIA);
        ItemSummary item = items.create(ItemKind.EXPECTATION, "Titre", "", null, amina);

        assertThatThrownBy(() -> items.update(item.id(), ItemField.TITLE, "Titre", "Piraté", stranger))
                .isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> items.delete(item.id(), stranger)).isInstanceOf(ItemNotFoundException.class);
        assertThatThrownBy(() -> items.update(item.id(), ItemField.THEME, "", Long.toString(other.themeA()), amina))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.theme.unknown"));
        assertThat(items.find(item.id()).orElseThrow().title()).isEqualTo("Titre");
    }

    @Test
    void similar_items_are_found_across_arabic_spelling_variants_and_french_accents() {
        ItemSummary centres = items.create(ItemKind.PROPOSAL, "تعزيز المراكز الاجتماعية للقرب", "", null, amina);
        ItemSummary guichet = items.create(ItemKind.EXPECTATION, "Guichet unique pour les associations", "", null, karim);
        items.create(ItemKind.EXPECTATION, "مرصد جهوي للمعطيات الاجتماعية", "", null, karim);
        ItemSummary deleted = items.create(ItemKind.EXPECTATION, "تعزيز مراكز القرب", "", null, karim);
        items.delete(deleted.id(), karim);

        assertThat(items.similarTo(meeting.id(), "تَعزيز مراكز القُرب الاجتماعيه", 3))
                .extracting(SimilarItem::id).containsExactly(centres.id());
        assertThat(items.similarTo(meeting.id(), "GUICHET UNIQUE associations", 3))
                .extracting(SimilarItem::id).containsExactly(guichet.id());
        assertThat(items.similarTo(meeting.id(), "Incubateur d’innovation", 3)).isEmpty();
        assertThat(items.similarTo(meeting.id(), "تع", 3)).as("too short to compare").isEmpty();
    }

    @Test
    void a_participant_supports_an_item_once_and_can_take_it_back() {
        ItemSummary item = items.create(ItemKind.PROPOSAL, "Incubateur social", "", null, amina);

        supports.setSupport(item.id(), karim, true);
        supports.setSupport(item.id(), amina, true);
        supports.setSupport(item.id(), amina, true);
        assertThat(items.find(item.id()).orElseThrow().supports()).isEqualTo(2);
        assertThat(supports.supportedBy(karim)).containsExactly(item.id());

        supports.setSupport(item.id(), karim, false);
        assertThat(items.find(item.id()).orElseThrow().supports()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from item_support where item_id = ?", Long.class, item.id()))
                .isEqualTo(1L);
    }

    @Test
    void clicks_at_the_same_instant_never_count_a_support_twice() throws Exception {
        ItemSummary item = items.create(ItemKind.PROPOSAL, "Centres sociaux", "", null, amina);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<Void> karimInTwoBrowsers = () -> {
                start.await();
                supports.setSupport(item.id(), karim, true);
                return null;
            };
            Callable<Void> amina = () -> {
                start.await();
                supports.setSupport(item.id(), this.amina, true);
                return null;
            };
            List<Future<Void>> clicks = List.of(pool.submit(karimInTwoBrowsers), pool.submit(karimInTwoBrowsers),
                    pool.submit(amina));
            start.countDown();
            for (Future<Void> click : clicks) {
                click.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long rows = jdbc.queryForObject("select count(*) from item_support where item_id = ?", Long.class, item.id());
        assertThat(rows).as("Karim's two browsers give one support, Amina one").isEqualTo(2L);
        assertThat(items.find(item.id()).orElseThrow().supports()).isEqualTo(rows);
    }

    @Test
    void comments_are_kept_in_order_with_their_author_and_counted_on_the_item() {
        ItemSummary item = items.create(ItemKind.PROPOSAL, "Incubateur social", "", null, amina);

        comments.comment(item.id(), "Avec quelles ressources ?", karim);
        comments.comment(item.id(), "شراكة مع الجامعة 🤝", amina);

        assertThat(comments.comments(item.id())).extracting(CommentInfo::authorName, CommentInfo::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Karim", "Avec quelles ressources ?"),
                        org.assertj.core.groups.Tuple.tuple("أمينة", "شراكة مع الجامعة 🤝"));
        assertThat(items.find(item.id()).orElseThrow().comments()).isEqualTo(2);
        assertThatThrownBy(() -> comments.comment(item.id(), "  ", karim))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.comment.required"));
        assertThat(items.find(item.id()).orElseThrow().comments()).isEqualTo(2);
    }

    private ItemQuery query(ItemKind kind) {
        return ItemQuery.of(meeting.id(), amina.id(), kind);
    }

    private List<String> titles(ItemQuery query) {
        return items.list(query, PageRequest.of(0, 50)).stream().map(ItemSummary::title).toList();
    }

    private int revisionCount(long itemId) {
        Integer count = jdbc.queryForObject("select count(*) from item_revision where item_id = ?", Integer.class, itemId);
        return count == null ? 0 : count;
    }
}
