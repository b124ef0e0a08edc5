package org.tashawur.followup;

/** Published in the transaction that changed a commitment; announced after commit. */
record CommitmentChanged(long meetingId, long commitmentId, long version) {
}
