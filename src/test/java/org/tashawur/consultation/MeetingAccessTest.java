package org.tashawur.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tashawur.SignedIn;

/**
 * The whole authorisation matrix: every operation, in every phase, for every kind of caller, with
 * the answer written out here by hand. An operation added without a row below fails the test.
 */
class MeetingAccessTest {

    /** Callers: guest of the meeting, guest of another meeting, reviewer, facilitator, admin, facilitator of no meeting. */
    private static final String MATRIX = """
            operation     phase           guest stranger reviewer facilitator admin outsider-facilitator
            ADD_ITEM      PREPARATION     no    no       no       yes         yes   no
            ADD_ITEM      COLLECTING      yes   no       yes      yes         yes   no
            ADD_ITEM      DISCUSSION      no    no       no       yes         yes   no
            ADD_ITEM      PRIORITISATION  no    no       no       no          no    no
            ADD_ITEM      CLOSED          no    no       no       no          no    no
            EDIT_ITEM     PREPARATION     no    no       no       yes         yes   no
            EDIT_ITEM     COLLECTING      yes   no       yes      yes         yes   no
            EDIT_ITEM     DISCUSSION      yes   no       yes      yes         yes   no
            EDIT_ITEM     PRIORITISATION  no    no       no       yes         yes   no
            EDIT_ITEM     CLOSED          no    no       no       no          no    no
            DELETE_ITEM   PREPARATION     no    no       no       yes         yes   no
            DELETE_ITEM   COLLECTING      yes   no       yes      yes         yes   no
            DELETE_ITEM   DISCUSSION      no    no       no       yes         yes   no
            DELETE_ITEM   PRIORITISATION  no    no       no       yes         yes   no
            DELETE_ITEM   CLOSED          no    no       no       no          no    no
            CHANGE_PHASE  PREPARATION     no    no       no       yes         yes   yes
            CHANGE_PHASE  COLLECTING      no    no       no       yes         yes   yes
            CHANGE_PHASE  DISCUSSION      no    no       no       yes         yes   yes
            CHANGE_PHASE  PRIORITISATION  no    no       no       yes         yes   yes
            CHANGE_PHASE  CLOSED          no    no       no       yes         yes   yes
            HIGHLIGHT_ITEM PREPARATION    no    no       no       yes         yes   yes
            HIGHLIGHT_ITEM COLLECTING     no    no       no       yes         yes   yes
            HIGHLIGHT_ITEM DISCUSSION     no    no       no       yes         yes   yes
            HIGHLIGHT_ITEM PRIORITISATION no    no       no       yes         yes   yes
            HIGHLIGHT_ITEM CLOSED         no    no       no       no          no    no
            SUPPORT_ITEM  PREPARATION     no    no       no       no          no    no
            SUPPORT_ITEM  COLLECTING      yes   no       yes      yes         yes   no
            SUPPORT_ITEM  DISCUSSION      yes   no       yes      yes         yes   no
            SUPPORT_ITEM  PRIORITISATION  yes   no       yes      yes         yes   no
            SUPPORT_ITEM  CLOSED          no    no       no       no          no    no
            ANSWER_ITEM   PREPARATION     no    no       no       yes         yes   yes
            ANSWER_ITEM   COLLECTING      no    no       no       yes         yes   yes
            ANSWER_ITEM   DISCUSSION      no    no       no       yes         yes   yes
            ANSWER_ITEM   PRIORITISATION  no    no       no       yes         yes   yes
            ANSWER_ITEM   CLOSED          no    no       no       yes         yes   yes
            VOTE          PREPARATION     no    no       no       no          no    no
            VOTE          COLLECTING      no    no       no       no          no    no
            VOTE          DISCUSSION      no    no       no       no          no    no
            VOTE          PRIORITISATION  yes   no       yes      yes         yes   no
            VOTE          CLOSED          no    no       no       no          no    no
            COMMENT       PREPARATION     no    no       no       no          no    no
            COMMENT       COLLECTING      yes   no       yes      yes         yes   no
            COMMENT       DISCUSSION      yes   no       yes      yes         yes   no
            COMMENT       PRIORITISATION  yes   no       yes      yes         yes   no
            COMMENT       CLOSED          no    no       no       no          no    no
            READ_AUDIT    PREPARATION     no    no       yes      yes         yes   yes
            READ_AUDIT    COLLECTING      no    no       yes      yes         yes   yes
            READ_AUDIT    DISCUSSION      no    no       yes      yes         yes   yes
            READ_AUDIT    PRIORITISATION  no    no       yes      yes         yes   yes
            READ_AUDIT    CLOSED          no    no       yes      yes         yes   yes
            MODERATE      PREPARATION     no    no       no       yes         yes   yes
            MODERATE      COLLECTING      no    no       no       yes         yes   yes
            MODERATE      DISCUSSION      no    no       no       yes         yes   yes
            MODERATE      PRIORITISATION  no    no       no       yes         yes   yes
            MODERATE      CLOSED          no    no       no       yes         yes   yes
            MERGE_ITEMS   PREPARATION     no    no       no       yes         yes   yes
            MERGE_ITEMS   COLLECTING      no    no       no       yes         yes   yes
            MERGE_ITEMS   DISCUSSION      no    no       no       yes         yes   yes
            MERGE_ITEMS   PRIORITISATION  no    no       no       no          no    no
            MERGE_ITEMS   CLOSED          no    no       no       no          no    no
            REPORT_ITEM   PREPARATION     yes   no       yes      yes         yes   no
            REPORT_ITEM   COLLECTING      yes   no       yes      yes         yes   no
            REPORT_ITEM   DISCUSSION      yes   no       yes      yes         yes   no
            REPORT_ITEM   PRIORITISATION  yes   no       yes      yes         yes   no
            REPORT_ITEM   CLOSED          no    no       no       no          no    no
            RUN_MEETING   PREPARATION     no    no       no       yes         yes   yes
            RUN_MEETING   COLLECTING      no    no       no       yes         yes   yes
            RUN_MEETING   DISCUSSION      no    no       no       yes         yes   yes
            RUN_MEETING   PRIORITISATION  no    no       no       yes         yes   yes
            RUN_MEETING   CLOSED          no    no       no       yes         yes   yes
            READ_REPORTS  PREPARATION     no    no       yes      yes         yes   yes
            READ_REPORTS  COLLECTING      no    no       yes      yes         yes   yes
            READ_REPORTS  DISCUSSION      no    no       yes      yes         yes   yes
            READ_REPORTS  PRIORITISATION  no    no       yes      yes         yes   yes
            READ_REPORTS  CLOSED          no    no       yes      yes         yes   yes
            FOLLOW_UP     PREPARATION     no    no       yes      yes         yes   yes
            FOLLOW_UP     COLLECTING      no    no       yes      yes         yes   yes
            FOLLOW_UP     DISCUSSION      no    no       yes      yes         yes   yes
            FOLLOW_UP     PRIORITISATION  no    no       yes      yes         yes   yes
            FOLLOW_UP     CLOSED          no    no       yes      yes         yes   yes
            RESTORE_ITEM  PREPARATION     no    no       no       yes         yes   yes
            RESTORE_ITEM  COLLECTING      no    no       no       yes         yes   yes
            RESTORE_ITEM  DISCUSSION      no    no       no       yes         yes   yes
            RESTORE_ITEM  PRIORITISATION  no    no       no       yes         yes   yes
            RESTORE_ITEM  CLOSED          no    no       no       no          no    no
            """;

    private record Caller(String name, String role, boolean member) {
    }

    private static final List<Caller> CALLERS = List.of(
            new Caller("guest", "", true),
            new Caller("stranger", "", false),
            new Caller("reviewer", "REVIEWER", true),
            new Caller("facilitator", "FACILITATOR", true),
            new Caller("admin", "ADMIN", true),
            new Caller("outsider-facilitator", "FACILITATOR", false));

    private final MeetingAccess access = new MeetingAccess();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_operation_phase_and_caller_is_allowed_or_refused_as_the_matrix_says() {
        Set<String> covered = new java.util.HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (String line : MATRIX.strip().lines().skip(1).toList()) {
            String[] cells = line.trim().split("\\s+");
            Operation operation = Operation.valueOf(cells[0]);
            Phase phase = Phase.valueOf(cells[1]);
            covered.add(operation + "/" + phase);
            for (int i = 0; i < CALLERS.size(); i++) {
                Caller caller = CALLERS.get(i);
                boolean expected = "yes".equals(cells[2 + i]);
                signInAs(caller.role());
                boolean allowed = isAllowed(operation, phase, caller.member());
                if (allowed != expected) {
                    wrong.add(operation + " in " + phase + " by " + caller.name() + ": " + (allowed ? "allowed" : "refused"));
                }
                assertThat(access.offers(operation, phase, caller.member())).isEqualTo(allowed);
            }
        }
        assertThat(wrong).as("cells that disagree with the matrix").isEmpty();
        Set<String> all = new java.util.HashSet<>();
        for (Operation operation : Operation.values()) {
            for (Phase phase : EnumSet.allOf(Phase.class)) {
                all.add(operation + "/" + phase);
            }
        }
        assertThat(covered).as("every operation in every phase has a row").isEqualTo(all);
    }

    @Test
    void a_refusal_says_why_in_the_users_words() {
        signInAs("");
        assertThatThrownBy(() -> access.check(Operation.ADD_ITEM, Phase.CLOSED, true))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.notInPhase.CLOSED"));
        assertThatThrownBy(() -> access.check(Operation.CHANGE_PHASE, Phase.COLLECTING, true))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.facilitatorsOnly"));
        assertThatThrownBy(() -> access.check(Operation.EDIT_ITEM, Phase.COLLECTING, false))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.notInMeeting"));
    }

    private boolean isAllowed(Operation operation, Phase phase, boolean member) {
        try {
            access.check(operation, phase, member);
            return true;
        } catch (NotAllowedException e) {
            assertThat(e.messageKey()).as("a refusal names its reason").startsWith("access.");
            return false;
        }
    }

    private static void signInAs(String role) {
        if (role.isEmpty()) {
            SignedIn.out();
        } else {
            SignedIn.as(role);
        }
    }
}
