package org.tashawur.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.text.Similarity;
import org.tashawur.consultation.ConsultationOverview;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.consultation.Phase;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.SimilarItem;

/** The consultation-wide synthesis, for facilitators, reviewers and administrators. */
@Service
@Transactional(readOnly = true)
public class SynthesisService {

    static final int TOP = 10;

    private final ConsultationService consultations;
    private final ItemService items;
    private final ParticipantService participants;
    private final MeetingAccess access;
    private final SynthesisCharts charts;
    private final ReportPdf pdf;
    private final SynthesisHtml html;

    SynthesisService(ConsultationService consultations, ItemService items, ParticipantService participants,
            MeetingAccess access, SynthesisCharts charts, ReportPdf pdf, SynthesisHtml html) {
        this.consultations = consultations;
        this.items = items;
        this.participants = participants;
        this.access = access;
        this.charts = charts;
        this.pdf = pdf;
        this.html = html;
    }

    /**
     * @throws NotAllowedException for guests
     * @throws InvalidInputException for an unknown consultation
     */
    public Synthesis of(long consultationId) {
        access.check(Operation.READ_REPORTS, Phase.CLOSED, false);
        ConsultationOverview consultation = consultations.overview().stream().filter(c -> c.id() == consultationId)
                .findFirst().orElseThrow(() -> new InvalidInputException("validation.consultation.unknown"));
        Map<@Nullable Long, Map<Long, Long>> counts = new LinkedHashMap<>();
        Map<StakeholderGroup, Long> byGroup = zeroes();
        Map<StakeholderGroup, Long> people = zeroes();
        List<Synthesis.Placed> proposals = new ArrayList<>();
        List<Synthesis.Placed> expectations = new ArrayList<>();
        for (MeetingInfo meeting : consultation.meetings()) {
            for (ItemSummary item : items.published(meeting.id())) {
                counts.computeIfAbsent(item.themeId(), k -> new HashMap<>()).merge(meeting.id(), 1L, Long::sum);
                byGroup.merge(item.authorGroup(), 1L, Long::sum);
                (item.kind() == ItemKind.PROPOSAL ? proposals : expectations).add(new Synthesis.Placed(item, meeting));
            }
            participants.countByGroup(meeting.id()).forEach((group, n) -> people.merge(group, n, Long::sum));
        }
        List<Synthesis.Placed> top = proposals.stream()
                .sorted(Comparator.comparingInt((Synthesis.Placed p) -> p.item().supports()).reversed()
                        .thenComparing(Comparator.comparingInt((Synthesis.Placed p) -> p.item().dots()).reversed()))
                .filter(p -> p.item().supports() > 0 || p.item().dots() > 0)
                .limit(TOP).toList();
        return new Synthesis(consultationId, consultation.title(), consultation.meetings(),
                consultations.themes(consultationId), counts, byGroup, people, top, recurring(expectations));
    }

    public byte[] pdf(long consultationId, Locale locale) {
        Synthesis synthesis = of(consultationId);
        return pdf.renderDocument(html.of(synthesis, locale, charts), locale);
    }

    /** The chart of items per theme and region, drawn from a synthesis already read with {@link #of}. */
    public byte[] themeChart(Synthesis synthesis, Locale locale) {
        return charts.themesByRegion(synthesis, locale);
    }

    /** The chart of participants and items per stakeholder group, from a synthesis already read. */
    public byte[] groupChart(Synthesis synthesis, Locale locale) {
        return charts.groups(synthesis, locale);
    }

    /**
     * Groups expectations that read alike (each joins the first group whose first expectation is
     * similar enough, by the duplicate hints' measure), keeps groups from two regions or more,
     * most regions first.
     */
    static List<Synthesis.Recurring> recurring(List<Synthesis.Placed> expectations) {
        List<List<Synthesis.Placed>> groups = new ArrayList<>();
        List<Similarity.Fingerprint> leaders = new ArrayList<>();
        for (Synthesis.Placed placed : expectations) {
            Similarity.Fingerprint print = Similarity.fingerprint(placed.item().title());
            int joined = -1;
            for (int g = 0; g < leaders.size() && joined < 0; g++) {
                if (leaders.get(g).similarity(print) >= SimilarItem.THRESHOLD) {
                    joined = g;
                }
            }
            if (joined < 0) {
                leaders.add(print);
                groups.add(new ArrayList<>(List.of(placed)));
            } else {
                groups.get(joined).add(placed);
            }
        }
        List<Synthesis.Recurring> recurring = new ArrayList<>();
        for (List<Synthesis.Placed> group : groups) {
            Set<Long> regions = new HashSet<>();
            group.forEach(p -> regions.add(p.meeting().id()));
            if (regions.size() >= 2) {
                recurring.add(new Synthesis.Recurring(List.copyOf(group), regions.size()));
            }
        }
        recurring.sort(Comparator.comparingInt(Synthesis.Recurring::regions).reversed()
                .thenComparing(Comparator.comparingInt((Synthesis.Recurring r) -> r.members().size()).reversed()));
        return recurring;
    }

    private static Map<StakeholderGroup, Long> zeroes() {
        Map<StakeholderGroup, Long> map = new EnumMap<>(StakeholderGroup.class);
        for (StakeholderGroup group : StakeholderGroup.values()) {
            map.put(group, 0L);
        }
        return map;
    }
}
