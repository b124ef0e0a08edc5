package org.tashawur.workspace;

import java.time.Instant;

/** A report as the facilitators see it: who reported, why, when. */
public record ReportInfo(String participantName, String reason, Instant at) {

    public static final int REASON_MAX = ItemReport.REASON_MAX;
}
