package org.tashawur.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveUsersTest {

    @Test
    void avatar_initials_come_from_words_that_start_with_a_letter() {
        assertThat(LiveUsers.initials("Nadia (animatrice)")).isEqualTo("NA");
        assertThat(LiveUsers.initials("فاطمة الزهراء")).isEqualTo("فا");
        assertThat(LiveUsers.initials("  Karim  ")).isEqualTo("K");
        assertThat(LiveUsers.initials("2022")).isEmpty();
    }
}
