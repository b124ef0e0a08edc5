package org.tashawur.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.LocalizedText;
import org.tashawur.base.Texts;
import org.tashawur.base.security.CurrentUser;

/**
 * What administrators set up: consultations, their themes and their regional meetings. Every
 * text is checked here (Arabic and French required, English falls back to French) and every call
 * needs an administrator; {@link ConsultationService}'s own create methods are for the demo data
 * and tests only (ArchitectureTest holds that).
 */
@Service
@Transactional
public class SetupService {

    public static final int TEXT_MAX = 255;
    public static final int PLACE_MAX = 255;

    private final ConsultationService consultations;

    SetupService(ConsultationService consultations) {
        this.consultations = consultations;
    }

    /**
     * @throws NotAllowedException unless an administrator is signed in
     * @throws InvalidInputException for a missing title or dates, or an end before the start
     */
    public long createConsultation(LocalizedText title, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
        checkAdministrator();
        LocalizedText checked = checked(title, "consultationTitle");
        if (startsOn == null || endsOn == null) {
            throw new InvalidInputException("validation.dates.required");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("validation.dates.order");
        }
        return consultations.createConsultation(newCode("c"), checked, startsOn, endsOn);
    }

    /** @throws InvalidInputException for a missing region name or date, or an unknown consultation */
    public long addMeeting(long consultationId, LocalizedText region, @Nullable String place, @Nullable LocalDate heldOn) {
        checkAdministrator();
        LocalizedText checked = checked(region, "region");
        if (heldOn == null) {
            throw new InvalidInputException("validation.dates.required");
        }
        known(consultationId);
        String where = Texts.optional(place, PLACE_MAX, "place").strip();
        return consultations.addMeeting(consultationId, newCode("m"), checked, where.isEmpty() ? null : where, heldOn);
    }

    /** @throws InvalidInputException for a missing name or an unknown consultation */
    public long addTheme(long consultationId, LocalizedText name) {
        checkAdministrator();
        LocalizedText checked = checked(name, "themeName");
        known(consultationId);
        return consultations.addTheme(consultationId, newCode("t"), checked);
    }

    /** Every consultation with its meetings, newest first. */
    @Transactional(readOnly = true)
    public List<ConsultationOverview> overview() {
        checkAdministrator();
        return consultations.overview();
    }

    private void known(long consultationId) {
        if (!consultations.exists(consultationId)) {
            throw new InvalidInputException("validation.consultation.unknown");
        }
    }

    private static LocalizedText checked(LocalizedText text, String field) {
        String ar = Texts.required(text.ar(), TEXT_MAX, field).strip();
        String fr = Texts.required(text.fr(), TEXT_MAX, field).strip();
        String en = Texts.optional(text.en(), TEXT_MAX, field).strip();
        return new LocalizedText(ar, fr, en.isEmpty() ? fr : en);
    }

    private static String newCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void checkAdministrator() {
        if (!CurrentUser.hasRole(MeetingAccess.Roles.ADMIN)) {
            throw new NotAllowedException("access.adminsOnly");
        }
    }
}
