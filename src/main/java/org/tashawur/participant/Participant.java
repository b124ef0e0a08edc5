package org.tashawur.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.Texts;
import org.tashawur.consultation.StakeholderGroup;

/** Someone taking part in one meeting, as they introduced themselves. */
@Entity
@Table(name = "participant")
class Participant {

    static final int NAME_MAX = 80;
    static final int ORGANISATION_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName = "";

    @Column(nullable = false, length = ORGANISATION_MAX)
    private String organisation = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "stakeholder_group", nullable = false, length = 40)
    private StakeholderGroup stakeholderGroup = StakeholderGroup.ASSOCIATIONS;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt = Instant.EPOCH;

    @Column(name = "rejoin_token_hash", length = 64)
    private @Nullable String rejoinTokenHash;

    protected Participant() {
    }

    Participant(long meetingId, String displayName, String organisation, StakeholderGroup group,
            Instant joinedAt) {
        this.meetingId = meetingId;
        this.displayName = Texts.required(displayName, NAME_MAX, "name");
        this.organisation = Texts.required(organisation, ORGANISATION_MAX, "organisation");
        this.stakeholderGroup = group;
        this.joinedAt = joinedAt;
    }

    void setRejoinTokenHash(String hash) {
        this.rejoinTokenHash = hash;
    }

    @Nullable String getRejoinTokenHash() {
        return rejoinTokenHash;
    }

    long getMeetingId() {
        return meetingId;
    }

    ParticipantRef toRef() {
        if (id == null) {
            throw new IllegalStateException("participant not saved yet");
        }
        return new ParticipantRef(id, meetingId, displayName, organisation, stakeholderGroup);
    }
}
