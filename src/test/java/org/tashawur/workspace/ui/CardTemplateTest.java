package org.tashawur.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The card's fixed labels are written into its template as text, never as markup or code. */
class CardTemplateTest {

    private static Map<String, String> labels(String report) {
        Map<String, String> labels = new HashMap<>();
        for (String name : new String[] {"delete", "discuss", "support", "dots", "comments", "approve", "hide",
                "unhide", "merge"}) {
            labels.put(name, name + " label");
        }
        labels.put("report", report);
        return labels;
    }

    @Test
    void a_label_with_quotes_markup_or_template_syntax_stays_text() {
        String card = ItemList.card(labels("Signaler \"vite\" <b>`${alert(1)}`</b> \\ l’animateur"));

        assertThat(card).contains("title=\"Signaler &#34;vite&#34; &#60;b&#62;&#96;&#36;{alert(1)}&#96;&#60;/b&#62; &#92; l’animateur\"")
                .doesNotContain("${alert").doesNotContain("<b>");
        assertThat(card).contains(">approve label<").contains(">delete label<");
    }

    @Test
    void arabic_labels_are_written_as_they_are() {
        assertThat(ItemList.card(labels("إبلاغ المسيّر"))).contains("title=\"إبلاغ المسيّر\"");
    }

    @Test
    void a_missing_label_is_refused_rather_than_shown_as_a_placeholder() {
        Map<String, String> labels = labels("Signaler");
        labels.remove("merge");
        assertThatThrownBy(() -> ItemList.card(labels)).isInstanceOf(IllegalArgumentException.class);
    }
}
