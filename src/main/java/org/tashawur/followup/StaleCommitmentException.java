package org.tashawur.followup;

import org.tashawur.base.UserFacingException;

/** Someone saved the commitment after this reviewer's screen read it: nothing was written. */
public class StaleCommitmentException extends UserFacingException {

    private final transient CommitmentInfo current;

    StaleCommitmentException(CommitmentInfo current) {
        super("followup.stale");
        this.current = current;
    }

    /** The commitment as it is stored now, to show the reviewer. */
    public CommitmentInfo current() {
        return current;
    }
}
