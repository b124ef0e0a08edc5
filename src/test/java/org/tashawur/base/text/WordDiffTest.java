package org.tashawur.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tashawur.base.text.WordDiff.Kind;
import org.tashawur.base.text.WordDiff.Segment;

class WordDiffTest {

    @Test
    void a_changed_word_shows_as_removed_then_added_among_the_unchanged_ones() {
        assertThat(WordDiff.of("Créer un observatoire régional", "Créer un observatoire provincial"))
                .containsExactly(new Segment(Kind.SAME, "Créer un observatoire "),
                        new Segment(Kind.REMOVED, "régional"), new Segment(Kind.ADDED, "provincial"));
    }

    @Test
    void arabic_keeps_its_logical_order_and_whole_words() {
        List<Segment> diff = WordDiff.of("إحداث مراكز القرب الاجتماعية", "إحداث مراكز القرب الاجتماعية في كل إقليم");
        assertThat(diff).containsExactly(new Segment(Kind.SAME, "إحداث مراكز القرب الاجتماعية"),
                new Segment(Kind.ADDED, " في كل إقليم"));
    }

    @Test
    void joining_the_kept_and_added_segments_gives_the_new_text() {
        String before = "Un guichet unique pour les associations";
        String after = "Un guichet numérique unique pour toutes les associations de la région";
        StringBuilder rebuilt = new StringBuilder();
        StringBuilder old = new StringBuilder();
        for (Segment segment : WordDiff.of(before, after)) {
            if (segment.kind() != Kind.REMOVED) {
                rebuilt.append(segment.text());
            }
            if (segment.kind() != Kind.ADDED) {
                old.append(segment.text());
            }
        }
        assertThat(rebuilt.toString()).isEqualTo(after);
        assertThat(old.toString()).isEqualTo(before);
    }
}
