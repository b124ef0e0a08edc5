package org.tashawur.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;

class MeetingPresenceTest {

    private final MeetingPresence presence = new MeetingPresence();

    @Test
    void a_screen_hears_the_first_few_present_and_how_many_in_all() {
        AtomicReference<MeetingPresence.Snapshot> seen = new AtomicReference<>();
        List<Registration> seats = new ArrayList<>();
        seats.add(presence.enter(person(1, "Amina"), seen::set));
        for (int i = 2; i <= 12; i++) {
            seats.add(presence.enter(person(i, "P" + i), s -> { }));
        }
        assertThat(seen.get().total()).isEqualTo(12);
        assertThat(seen.get().first()).hasSize(MeetingPresence.SHOWN);
        assertThat(seen.get().first().get(0).name()).isEqualTo("Amina");

        seats.get(11).remove();
        assertThat(seen.get().total()).isEqualTo(11);
    }

    @Test
    void two_tabs_of_one_participant_count_once_until_both_are_closed() {
        AtomicReference<MeetingPresence.Snapshot> seen = new AtomicReference<>();
        presence.enter(person(1, "Amina"), seen::set);
        Registration tab1 = presence.enter(person(2, "Karim"), s -> { });
        Registration tab2 = presence.enter(person(2, "Karim"), s -> { });
        assertThat(seen.get().total()).isEqualTo(2);
        tab1.remove();
        assertThat(seen.get().total()).isEqualTo(2);
        tab2.remove();
        assertThat(seen.get().total()).isEqualTo(1);
    }

    private static ParticipantRef person(long id, String name) {
        return new ParticipantRef(id, 7, name, "Org", StakeholderGroup.ASSOCIATIONS);
    }
}
