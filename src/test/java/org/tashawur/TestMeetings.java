package org.tashawur;

import java.time.LocalDate;
import java.util.UUID;
import org.tashawur.base.LocalizedText;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;

/** A fresh consultation with one meeting and two themes per call, so tests never share data. */
public final class TestMeetings {

    private final ConsultationService consultations;
    private final ParticipantService participants;

    public TestMeetings(ConsultationService consultations, ParticipantService participants) {
        this.consultations = consultations;
        this.participants = participants;
    }

    /** A meeting, its consultation's themes, and the ids of both. */
    public record Meeting(long id, long consultationId, long themeA, long themeB) {
    }

    public Meeting create() {
        String code = UUID.randomUUID().toString().substring(0, 8);
        long consultation = consultations.createConsultation("c-" + code,
                new LocalizedText("استشارة", "Consultation", "Consultation"),
                LocalDate.of(2021, 12, 18), LocalDate.of(2022, 1, 15));
        long themeA = consultations.addTheme(consultation, "a",
                new LocalizedText("الابتكار الاجتماعي", "Innovation sociale", "Social innovation"));
        long themeB = consultations.addTheme(consultation, "b",
                new LocalizedText("الشراكات", "Partenariats", "Partnerships"));
        long meeting = consultations.addMeeting(consultation, "m-" + code,
                new LocalizedText("مراكش آسفي", "Marrakech-Safi", "Marrakech-Safi"), "مراكش",
                LocalDate.of(2022, 1, 5));
        return new Meeting(meeting, consultation, themeA, themeB);
    }

    public ParticipantRef join(Meeting meeting, String name, StakeholderGroup group) {
        return participants.join(meeting.id(), name, "Organisation " + name, group);
    }
}
