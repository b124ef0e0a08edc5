package org.tashawur.consultation;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tashawur.base.security.CurrentUser;

/**
 * Who may do what on a meeting, by phase and role. Services call it; screens only hide what it
 * would refuse. The caller's roles come from the signed-in session, never from the screen.
 *
 * <ul>
 *   <li>Participants of the meeting add items while collecting; edit while collecting and in
 *       discussion; delete while collecting; support items from collecting to prioritisation;
 *       spend their dots while prioritising; comment from collecting to prioritisation; report an
 *       item to the facilitators until the meeting is closed.
 *       Nothing once the meeting is closed.</li>
 *   <li>Facilitators and administrators who joined the meeting also prepare it (add and edit in
 *       preparation) and keep the list clean in every phase but closed; they alone move phases
 *       and say which item is being discussed now. They give official answers in any phase,
 *       closed included: answering is follow-up. They moderate (approve, hide, show again,
 *       look at reports) and run the meeting's settings (pre-moderation, dot budget, timer) in
 *       every phase, and merge duplicates until prioritisation starts.</li>
 *   <li>Reviewers follow up after the meeting: in the workspace they are participants; they and
 *       facilitators read the meeting's audit log, download its report and keep its commitments
 *       up to date, in every phase (closed included: that is when follow-up starts).</li>
 * </ul>
 */
@Component
public class MeetingAccess {

    private static final Set<Phase> EDITABLE = EnumSet.of(Phase.COLLECTING, Phase.DISCUSSION);
    /** Merging moves supports; once dots are being spent it would move votes too, so it stops there. */
    private static final Set<Phase> MERGEABLE = EnumSet.of(Phase.PREPARATION, Phase.COLLECTING, Phase.DISCUSSION);

    private static final Set<Operation> STAFF_ONLY = EnumSet.of(Operation.HIGHLIGHT_ITEM, Operation.RESTORE_ITEM,
            Operation.ANSWER_ITEM,
            Operation.MODERATE, Operation.MERGE_ITEMS, Operation.RUN_MEETING);

    /** @throws NotAllowedException when the current caller may not do {@code operation} now */
    public void check(Operation operation, Phase phase, boolean member) {
        if (!offers(operation, phase, member)) {
            throw new NotAllowedException(reason(operation, phase, isStaff(), member));
        }
    }

    /** Whether a screen should offer {@code operation} to the current caller. */
    public boolean offers(Operation operation, Phase phase, boolean member) {
        return allowed(operation, phase, isStaff(), isReviewer(), member);
    }

    /** A facilitator or an administrator is signed in. */
    public boolean isStaff() {
        return CurrentUser.hasRole(Roles.FACILITATOR) || CurrentUser.hasRole(Roles.ADMIN);
    }

    /** A reviewer is signed in. */
    public boolean isReviewer() {
        return CurrentUser.hasRole(Roles.REVIEWER);
    }

    static boolean allowed(Operation operation, Phase phase, boolean staff, boolean reviewer, boolean member) {
        return switch (operation) {
            case ADD_ITEM -> member && (phase == Phase.COLLECTING || staff && (phase == Phase.PREPARATION
                    || phase == Phase.DISCUSSION));
            case EDIT_ITEM -> member && (EDITABLE.contains(phase) || staff && phase != Phase.CLOSED);
            case DELETE_ITEM -> member && (phase == Phase.COLLECTING || staff && phase != Phase.CLOSED);
            case CHANGE_PHASE -> staff;
            case HIGHLIGHT_ITEM, RESTORE_ITEM -> staff && phase != Phase.CLOSED;
            case SUPPORT_ITEM -> member && phase != Phase.PREPARATION && phase != Phase.CLOSED;
            case ANSWER_ITEM -> staff;
            case VOTE -> member && phase == Phase.PRIORITISATION;
            case COMMENT -> member && phase != Phase.PREPARATION && phase != Phase.CLOSED;
            case READ_AUDIT, READ_REPORTS, FOLLOW_UP -> staff || reviewer;
            case MODERATE, RUN_MEETING -> staff;
            case MERGE_ITEMS -> staff && MERGEABLE.contains(phase);
            case REPORT_ITEM -> member && phase != Phase.CLOSED;
        };
    }

    private static String reason(Operation operation, Phase phase, boolean staff, boolean member) {
        if (operation == Operation.CHANGE_PHASE || operation == Operation.READ_AUDIT
                || operation == Operation.READ_REPORTS || operation == Operation.FOLLOW_UP || !staff
                && STAFF_ONLY.contains(operation)) {
            return "access.facilitatorsOnly";
        }
        if (!member) {
            return "access.notInMeeting";
        }
        return "access.notInPhase." + phase.name();
    }

    /** The role names of the accounts, as Spring Security grants them (without the ROLE_ prefix). */
    public static final class Roles {
        public static final String ADMIN = "ADMIN";
        public static final String FACILITATOR = "FACILITATOR";
        public static final String REVIEWER = "REVIEWER";

        private Roles() {
        }
    }
}
