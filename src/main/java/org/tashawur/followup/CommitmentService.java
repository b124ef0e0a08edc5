package org.tashawur.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.security.CurrentUser;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.Operation;
import org.tashawur.workspace.AnswerStatus;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;

/**
 * Commitments after a meeting: reviewers, facilitators and administrators create them from
 * accepted or partly accepted proposals and keep them up to date, in any phase (a closed meeting
 * is followed up, not edited); everyone reads them. Each change is one transaction that writes
 * the commitment, a signed timeline entry and a version, refuses a change based on an older
 * version, and is announced to every follow-up screen after commit.
 */
@Service
@Transactional
public class CommitmentService {

    private final CommitmentRepository commitments;
    private final CommitmentUpdateRepository updates;
    private final ItemService items;
    private final ConsultationService consultations;
    private final MeetingAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectMapper json;

    CommitmentService(CommitmentRepository commitments, CommitmentUpdateRepository updates, ItemService items,
            ConsultationService consultations, MeetingAccess access, ApplicationEventPublisher events, Clock clock,
            ObjectMapper json) {
        this.json = json;
        this.commitments = commitments;
        this.updates = updates;
        this.items = items;
        this.consultations = consultations;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The meeting's retained proposals (accepted, partly accepted), each with its commitment if any. */
    @Transactional(readOnly = true)
    public List<FollowUpRow> followUp(long meetingId) {
        Map<Long, CommitmentInfo> byItem = commitments.findByMeetingIdOrderById(meetingId).stream()
                .map(Commitment::toInfo).collect(Collectors.toMap(CommitmentInfo::itemId, Function.identity()));
        return items.published(meetingId).stream()
                .filter(CommitmentService::retained)
                .map(item -> new FollowUpRow(item, byItem.get(item.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<CommitmentInfo> ofMeeting(long meetingId) {
        return commitments.findByMeetingIdOrderById(meetingId).stream().map(Commitment::toInfo).toList();
    }

    /**
     * Makes a retained proposal a commitment.
     *
     * @throws NotAllowedException for guests
     * @throws InvalidInputException when the item is not a retained proposal of a meeting, or
     *     already has a commitment, or a value breaks a rule
     */
    public CommitmentInfo create(long itemId, CommitmentDraft draft, String note) {
        ItemSummary item = items.find(itemId).orElseThrow(() -> new InvalidInputException("followup.notRetained"));
        check(item.meetingId());
        if (!retained(item)) {
            throw new InvalidInputException("followup.notRetained");
        }
        if (commitments.existsByItemId(itemId)) {
            throw new InvalidInputException("followup.exists");
        }
        Instant now = clock.instant();
        Commitment commitment = new Commitment(itemId, item.meetingId(), draft, now);
        commitments.saveAndFlush(commitment);
        updates.save(new CommitmentUpdate(commitment.getId(), author(), now, note, commitment.getStatus(),
                commitment.getProgress(), "created", json(commitment.createdChanges())));
        events.publishEvent(new CommitmentChanged(item.meetingId(), commitment.getId(), commitment.getVersion()));
        return commitment.toInfo();
    }

    /**
     * Saves a reviewer's changes and note as one signed timeline entry.
     *
     * @param baseVersion the version the reviewer's screen showed
     * @throws StaleCommitmentException when someone saved in between (nothing is written)
     */
    public CommitmentInfo update(long commitmentId, long baseVersion, CommitmentDraft draft, String note) {
        Commitment commitment = commitments.findForUpdate(commitmentId)
                .orElseThrow(() -> new InvalidInputException("followup.unknown"));
        check(commitment.getMeetingId());
        if (commitment.getVersion() != baseVersion) {
            throw new StaleCommitmentException(commitment.toInfo());
        }
        Instant now = clock.instant();
        List<FieldChange> changed = commitment.apply(draft, now);
        if (changed.isEmpty() && (note == null || note.isBlank())) {
            return commitment.toInfo();
        }
        long version = commitment.bump();
        updates.save(new CommitmentUpdate(commitmentId, author(), now, note, commitment.getStatus(),
                commitment.getProgress(), String.join(",", changed.stream().map(FieldChange::field).toList()),
                json(changed)));
        events.publishEvent(new CommitmentChanged(commitment.getMeetingId(), commitmentId, version));
        return commitment.toInfo();
    }

    @Transactional(readOnly = true)
    public @Nullable CommitmentInfo find(long commitmentId) {
        return commitments.findById(commitmentId).map(Commitment::toInfo).orElse(null);
    }

    /** The commitment's timeline, newest first. */
    @Transactional(readOnly = true)
    public List<UpdateInfo> timeline(long commitmentId) {
        return updates.findByCommitmentIdOrderByAtDescIdDesc(commitmentId).stream()
                .map(u -> u.toInfo(fieldChanges(u.getDetails()))).toList();
    }

    /** The meeting's progress, and per theme ({@code null} key: proposals without a theme). */
    @Transactional(readOnly = true)
    public MeetingRollUp rollUp(long meetingId) {
        List<CommitmentInfo> all = ofMeeting(meetingId);
        Map<Long, ItemSummary> proposals = items.published(meetingId).stream()
                .collect(Collectors.toMap(ItemSummary::id, Function.identity()));
        Map<@Nullable Long, List<CommitmentInfo>> byTheme = new LinkedHashMap<>();
        for (CommitmentInfo commitment : all) {
            ItemSummary item = proposals.get(commitment.itemId());
            byTheme.computeIfAbsent(item == null ? null : item.themeId(), k -> new ArrayList<>()).add(commitment);
        }
        Map<@Nullable Long, RollUp> themes = new LinkedHashMap<>();
        byTheme.forEach((theme, list) -> themes.put(theme, RollUp.of(list)));
        return new MeetingRollUp(RollUp.of(all), themes);
    }

    /** Across every meeting of a consultation: each commitment weighs the same, whatever its meeting. */
    @Transactional(readOnly = true)
    public RollUp consultationRollUp(long consultationId) {
        List<Long> meetings = consultations.overview().stream().filter(c -> c.id() == consultationId)
                .flatMap(c -> c.meetings().stream()).map(MeetingInfo::id).toList();
        return RollUp.of(meetings.isEmpty() ? List.of()
                : commitments.findByMeetingIdIn(meetings).stream().map(Commitment::toInfo).toList());
    }

    private String json(List<FieldChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<FieldChange> fieldChanges(String details) {
        try {
            return List.of(json.readValue(details, FieldChange[].class));
        } catch (JsonProcessingException e) {
            return List.of(); // an entry written before details were kept
        }
    }

    private void check(long meetingId) {
        access.check(Operation.FOLLOW_UP, consultations.phase(meetingId), false);
    }

    private static String author() {
        return CurrentUser.displayName().orElse("?");
    }

    static boolean retained(ItemSummary item) {
        return item.kind() == ItemKind.PROPOSAL && (item.answerStatus() == AnswerStatus.ACCEPTED
                || item.answerStatus() == AnswerStatus.PARTLY_ACCEPTED);
    }

    /** A meeting's roll-up and its themes'. */
    public record MeetingRollUp(RollUp meeting, Map<@Nullable Long, RollUp> themes) {
    }
}
