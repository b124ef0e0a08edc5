package org.tashawur.consultation;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.security.CurrentUser;

/**
 * The log of facilitator actions on a meeting. Entries are written in the transaction of the
 * action itself, so an action and its entry are saved together or not at all.
 */
@Service
@Transactional
public class AuditLog {

    private final AuditRepository entries;
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final Clock clock;

    AuditLog(AuditRepository entries, MeetingRepository meetings, MeetingAccess access, Clock clock) {
        this.entries = entries;
        this.meetings = meetings;
        this.access = access;
        this.clock = clock;
    }

    /** Records an action by the signed-in account; must run inside the action's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(long meetingId, String action, String target, @Nullable String before, @Nullable String after) {
        String actor = CurrentUser.displayName().orElse("?");
        entries.save(new AuditEntry(meetingId, actor, action, target, before, after, clock.instant()));
    }

    /**
     * The meeting's log, newest first: facilitators, reviewers and administrators only.
     *
     * @throws NotAllowedException for anyone else
     */
    @Transactional(readOnly = true)
    public List<AuditInfo> of(long meetingId) {
        Phase phase = meetings.findById(meetingId).map(Meeting::getPhase).orElse(Phase.CLOSED);
        access.check(Operation.READ_AUDIT, phase, false);
        return entries.findByMeetingIdOrderByAtDescIdDesc(meetingId).stream().map(AuditEntry::toInfo).toList();
    }
}
