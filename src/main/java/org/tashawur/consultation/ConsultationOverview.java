package org.tashawur.consultation;

import java.util.List;
import org.tashawur.base.LocalizedText;

/** A consultation with its regional meetings, for the start screen. */
public record ConsultationOverview(long id, LocalizedText title, List<MeetingInfo> meetings) {
}
