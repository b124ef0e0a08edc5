package org.tashawur.consultation;

/**
 * The nine groups of actors invited to the regional consultative meetings, in the order of the
 * Ministry's list. The label of each is the message key {@code group.NAME}.
 */
public enum StakeholderGroup {
    PREFECTURES,
    COUNCILS,
    PARLIAMENTARIANS,
    MINISTRY_SERVICES,
    UNIVERSITIES,
    ASSOCIATIONS,
    PRIVATE_SECTOR,
    EXPERTS,
    MEDIA;

    public String messageKey() {
        return "group." + name();
    }
}
