package org.tashawur.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenValuesTest {

    private final SeenValues seen = new SeenValues();

    @Test
    void a_browser_that_received_the_latest_value_edits_from_it() {
        seen.shown("stored", false);
        int latest = seen.shown("Karim's live text", false);

        assertThat(seen.base(latest)).isEqualTo("Karim's live text");
    }

    @Test
    void a_browser_that_missed_someone_elses_change_edits_from_what_it_had() {
        int had = seen.shown("before the break", false);
        seen.shown("changed by Karim during the break", false);

        assertThat(seen.base(had)).isEqualTo("before the break");
    }

    @Test
    void the_users_own_saves_are_not_changes_they_missed() {
        int had = seen.shown("stored", false);
        seen.shown("my first save", true);
        seen.shown("my second save", true);

        assertThat(seen.base(had)).isEqualTo("my second save");
    }

    @Test
    void a_browser_that_never_received_a_value_but_missed_one_has_an_unknown_base() {
        seen.shown("stored, sent while the browser was still loading", false);

        assertThat(seen.base(0)).isEqualTo(SeenValues.UNKNOWN);
    }

    @Test
    void a_number_older_than_what_is_kept_has_an_unknown_base_when_changes_were_missed() {
        int first = seen.shown("v0", false);
        for (int i = 1; i <= 300; i++) {
            seen.shown("v" + i, false);
        }

        assertThat(seen.base(first)).isEqualTo(SeenValues.UNKNOWN);
    }
}
