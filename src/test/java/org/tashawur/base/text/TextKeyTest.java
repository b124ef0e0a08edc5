package org.tashawur.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextKeyTest {

    @Test
    void hamza_forms_of_alef_are_one_letter() {
        assertThat(TextKey.of("أسرة")).isEqualTo(TextKey.of("اسرة"));
        assertThat(TextKey.of("إدماج")).isEqualTo(TextKey.of("ادماج"));
        assertThat(TextKey.of("آفاق")).isEqualTo(TextKey.of("افاق"));
        assertThat(TextKey.of("ٱلتضامن")).isEqualTo(TextKey.of("التضامن"));
    }

    @Test
    void ta_marbuta_and_ha_alef_maqsura_and_ya_are_one_letter() {
        assertThat(TextKey.of("الاجتماعية")).isEqualTo(TextKey.of("الاجتماعيه"));
        assertThat(TextKey.of("مستوى")).isEqualTo(TextKey.of("مستوي"));
    }

    @Test
    void diacritics_and_tatweel_are_ignored() {
        assertThat(TextKey.of("التَّضَامُن")).isEqualTo(TextKey.of("التضامن"));
        assertThat(TextKey.of("الأســرة")).isEqualTo(TextKey.of("الاسرة"));
    }

    @Test
    void french_accents_case_ligatures_and_punctuation_are_ignored() {
        assertThat(TextKey.of("Économie SOCIALE, et solidaire !")).isEqualTo("economie sociale et solidaire");
        assertThat(TextKey.of("Œuvre")).isEqualTo("oeuvre");
    }

    @Test
    void arabic_indic_digits_are_western_digits() {
        assertThat(TextKey.of("٢٠٢٦")).isEqualTo("2026");
    }

    @Test
    void similar_phrasings_score_higher_than_unrelated_ones() {
        double close = Similarity.of("تعزيز المراكز الاجتماعية للقرب", "تعزيز مراكز القرب الاجتماعيه");
        double unrelated = Similarity.of("تعزيز المراكز الاجتماعية للقرب", "مرصد جهوي للمعطيات");
        assertThat(close).isGreaterThan(0.5);
        assertThat(unrelated).isLessThan(0.25);
        assertThat(Similarity.of("Guichet unique pour les associations", "guichet unique associations"))
                .isGreaterThan(0.6);
        assertThat(Similarity.of("", "anything")).isZero();
    }
}
