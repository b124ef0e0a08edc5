package org.tashawur.participant;

import org.tashawur.consultation.StakeholderGroup;

/** Who a participant is, as every other feature sees them (authorship, presence). */
public record ParticipantRef(long id, long meetingId, String displayName, String organisation,
        StakeholderGroup group) {

    public static final int NAME_MAX = Participant.NAME_MAX;
    public static final int ORGANISATION_MAX = Participant.ORGANISATION_MAX;
}
