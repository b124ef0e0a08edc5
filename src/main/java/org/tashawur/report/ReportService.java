package org.tashawur.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.consultation.ThemeInfo;
import org.tashawur.followup.CommitmentService;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;

/**
 * A meeting's report and exports, for facilitators, reviewers and administrators. Each is read
 * in one read-only transaction, so a report is a consistent picture even while people edit.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final ConsultationService consultations;
    private final ParticipantService participants;
    private final ItemService items;
    private final MeetingAccess access;
    private final ReportPdf pdf;
    private final ReportTables tables;
    private final CommitmentService commitments;

    ReportService(ConsultationService consultations, ParticipantService participants, ItemService items,
            MeetingAccess access, ReportPdf pdf, ReportTables tables, CommitmentService commitments) {
        this.commitments = commitments;
        this.consultations = consultations;
        this.participants = participants;
        this.items = items;
        this.access = access;
        this.pdf = pdf;
        this.tables = tables;
    }

    /**
     * @throws NotAllowedException for guests
     * @throws InvalidInputException for an unknown meeting
     */
    public MeetingReport meetingReport(long meetingId) {
        MeetingInfo meeting = consultations.meeting(meetingId)
                .orElseThrow(() -> new InvalidInputException("validation.meeting.unknown"));
        access.check(Operation.READ_REPORTS, meeting.phase(), false);
        Map<Long, List<ItemSummary>> byTheme = new LinkedHashMap<>();
        List<ThemeInfo> themes = consultations.themes(meeting.consultationId());
        themes.forEach(t -> byTheme.put(t.id(), new ArrayList<>()));
        List<ItemSummary> withoutTheme = new ArrayList<>();
        for (ItemSummary item : items.published(meetingId)) {
            List<ItemSummary> section = item.themeId() == null ? null : byTheme.get(item.themeId());
            (section == null ? withoutTheme : section).add(item);
        }
        List<MeetingReport.Section> sections = new ArrayList<>();
        for (ThemeInfo theme : themes) {
            List<ItemSummary> inTheme = Objects.requireNonNull(byTheme.get(theme.id()));
            if (!inTheme.isEmpty()) {
                sections.add(new MeetingReport.Section(theme, inTheme));
            }
        }
        if (!withoutTheme.isEmpty()) {
            sections.add(new MeetingReport.Section(null, withoutTheme));
        }
        return new MeetingReport(meeting, participants.countByGroup(meetingId), sections,
                commitments.followUp(meetingId));
    }

    /** The report as a PDF in the reader's language (Arabic right to left). */
    public byte[] pdf(long meetingId, Locale locale) {
        return pdf.render(meetingReport(meetingId), locale);
    }

    /** The items with their votes and answers as CSV (UTF-8 with a byte order mark). */
    public byte[] csv(long meetingId, Locale locale) {
        return tables.csv(meetingReport(meetingId), locale);
    }

    /** The same table as an Excel workbook, plus a sheet of participants per group. */
    public byte[] xlsx(long meetingId, Locale locale) {
        return tables.xlsx(meetingReport(meetingId), locale);
    }
}
