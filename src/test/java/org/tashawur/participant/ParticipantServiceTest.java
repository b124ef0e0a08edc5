package org.tashawur.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tashawur.IntegrationTest;
import org.tashawur.TestMeetings;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.StakeholderGroup;

@IntegrationTest
class ParticipantServiceTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    ConsultationService consultations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_guest_who_comes_back_with_their_key_is_the_same_participant_and_nobody_else_can_be() {
        TestMeetings meetings = new TestMeetings(consultations, participants);
        TestMeetings.Meeting meeting = meetings.create();
        TestMeetings.Meeting other = meetings.create();
        ParticipantService.Joined joined = participants.joinWithRejoinKey(meeting.id(), "مريم", "Association Amal",
                StakeholderGroup.ASSOCIATIONS);
        String key = joined.rejoinKey();
        long id = joined.participant().id();

        assertThat(participants.rejoin(meeting.id(), key)).contains(joined.participant());
        assertThat(participants.rejoin(other.id(), key)).as("another meeting").isEmpty();
        assertThat(participants.rejoin(meeting.id(), id + ".forged-token")).isEmpty();
        assertThat(participants.rejoin(meeting.id(), (id + 1) + key.substring(key.indexOf('.')))).isEmpty();
        assertThat(participants.rejoin(meeting.id(), "garbage")).isEmpty();

        String stored = jdbc.queryForObject("select rejoin_token_hash from participant where id = ?", String.class, id);
        assertThat(stored).hasSize(64).doesNotContain(key.substring(key.indexOf('.') + 1));
    }
}
