package org.tashawur.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tashawur.IntegrationTest;
import org.tashawur.SignedIn;
import org.tashawur.TestMeetings;
import org.tashawur.base.InvalidInputException;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Phase;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.followup.CommitmentDraft;
import org.tashawur.followup.CommitmentInfo;
import org.tashawur.followup.CommitmentService;
import org.tashawur.followup.CommitmentStatus;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.AnswerStatus;
import org.tashawur.workspace.CommentService;
import org.tashawur.workspace.DotVoteService;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemQuery;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.MergeService;
import org.tashawur.workspace.ModerationService;
import org.tashawur.workspace.SupportService;

/** A whole meeting out as JSON and back in: the copy exports to the same document. */
@IntegrationTest
class MeetingTransferTest {

    @Autowired
    MeetingTransfer transfer;
    @Autowired
    ItemService items;
    @Autowired
    SupportService supports;
    @Autowired
    DotVoteService votes;
    @Autowired
    CommentService comments;
    @Autowired
    ModerationService moderation;
    @Autowired
    MergeService merges;
    @Autowired
    CommitmentService commitments;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ParticipantService participants;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void export_then_import_gives_an_equal_meeting() throws Exception {
        TestMeetings meetings = new TestMeetings(consultations, participants);
        TestMeetings.Meeting meeting = meetings.create();
        ParticipantRef amina = meetings.join(meeting, "أمينة", StakeholderGroup.PREFECTURES);
        ParticipantRef karim = meetings.join(meeting, "Karim 😀", StakeholderGroup.ASSOCIATIONS);
        ParticipantRef nadia = meetings.join(meeting, "Nadia", StakeholderGroup.MINISTRY_SERVICES);
        ItemSummary expectation = items.create(ItemKind.EXPECTATION, "مراكز القرب الاجتماعية", "تفاصيل\nسطر 2",
                meeting.themeA(), amina);
        items.update(expectation.id(), ItemField.DETAILS, "تفاصيل\nسطر 2", "تفاصيل <b>محدثة</b>", karim);
        ItemSummary proposal = items.create(ItemKind.PROPOSAL, "Observatoire régional", "", meeting.themeB(), karim);
        ItemSummary duplicate = items.create(ItemKind.PROPOSAL, "Observatoire de la région", "", null, amina);
        ItemSummary hidden = items.create(ItemKind.PROPOSAL, "Publicité", "", null, karim);
        supports.setSupport(proposal.id(), amina, true);
        supports.setSupport(duplicate.id(), nadia, true);
        comments.comment(proposal.id(), "Avec les universités ?", nadia);
        moderation.report(hidden.id(), "pub", amina);
        SignedIn.as("FACILITATOR");
        merges.merge(proposal.id(), List.of(duplicate.id()), nadia);
        moderation.hide(hidden.id(), "Hors sujet", nadia);
        items.answer(proposal.id(), AnswerStatus.ACCEPTED, "Retenue", nadia);
        items.discuss(proposal.id(), nadia);
        consultations.changePhase(meeting.id(), Phase.PRIORITISATION);
        SignedIn.out();
        votes.setDots(expectation.id(), karim, 2);
        SignedIn.as("REVIEWER");
        CommitmentInfo commitment = commitments.create(proposal.id(), new CommitmentDraft("Direction régionale",
                "Université Cadi Ayyad", java.time.LocalDate.of(2023, 3, 31), CommitmentStatus.IN_PROGRESS, 30), "Lancé");
        commitments.update(commitment.id(), commitment.version(), new CommitmentDraft("Direction régionale",
                "Université Cadi Ayyad", java.time.LocalDate.of(2023, 3, 31), CommitmentStatus.IN_PROGRESS, 45), "Étape 2");

        byte[] exported = transfer.export(meeting.id());
        SignedIn.as("ADMIN");
        long copy = transfer.importMeeting(exported);
        byte[] again = transfer.export(copy);

        assertThat(copy).isNotEqualTo(meeting.id());
        JsonNode original = MeetingTransfer.canonical(json.readTree(exported));
        JsonNode imported = MeetingTransfer.canonical(json.readTree(again));
        assertThat(imported).isEqualTo(original);
        assertThat(original.path("tables").path("item")).hasSize(4);
        assertThat(new String(exported, StandardCharsets.UTF_8)).contains("مراكز القرب الاجتماعية")
                .doesNotContain("rejoin_token_hash");
        assertThat(json.readTree(again).path("tables").path("participant").get(1).get("display_name").asText())
                .isEqualTo("Karim 😀");

        // the copy is a working meeting: the services read it like any other
        SignedIn.out();
        List<ItemSummary> proposals = items.list(ItemQuery.of(copy, 0, ItemKind.PROPOSAL), PageRequest.of(0, 10));
        assertThat(proposals).extracting(ItemSummary::title, ItemSummary::supports, ItemSummary::merged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Observatoire régional", 2, 1));
        assertThat(consultations.discussing(copy)).contains(proposals.get(0).id());
        assertThat(commitments.followUp(copy).get(0).commitment().progress()).isEqualTo(45);
    }

    @Test
    void only_administrators_import_and_a_wrong_file_is_refused_plainly() {
        assertThatThrownBy(() -> transfer.importMeeting("{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotAllowedException.class);
        SignedIn.as("ADMIN");
        assertThatThrownBy(() -> transfer.importMeeting("pas du json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.notJson"));
        assertThatThrownBy(() -> transfer.importMeeting("{\"application\":\"autre\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.notAnExport"));
        String sneaky = """
                {"application":"tashawur","format":1,
                 "consultation":{"id":1,"code":"c-sneaky","title_ar":"a","title_fr":"b","title_en":"c"},
                 "themes":[],
                 "meeting":{"id":9,"consultation_id":1,"code":"m","region_ar":"a","region_fr":"b","region_en":"c",
                            "held_on":"2022-01-05","phase":"COLLECTING","dot_budget":5,"premoderation":false},
                 "tables":{"participant":[{"id":1,"meeting_id":9,"display_name) values ('x'); drop table item; --":"x"}]}}
                """;
        assertThatThrownBy(() -> transfer.importMeeting(sneaky.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.notAnExport"));
    }
}
