package org.tashawur.consultation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.LocalizedText;

/** What screens need to know of a meeting. */
public record MeetingInfo(long id, long consultationId, String code, LocalizedText region,
        @Nullable String place, LocalDate heldOn, LocalizedText consultationTitle, Phase phase) {
}
