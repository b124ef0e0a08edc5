package org.tashawur.live;

/** Builds every topic id, so that topics are named in one place. */
final class LiveTopics {

    private LiveTopics() {
    }

    /** Presence, editing marks and item signals of one meeting. */
    static String meeting(long meetingId) {
        return "meeting/" + meetingId;
    }

    /** Field-level co-editing of one item. */
    static String item(long itemId) {
        return "item/" + itemId;
    }
}
