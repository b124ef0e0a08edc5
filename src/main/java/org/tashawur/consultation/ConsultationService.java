package org.tashawur.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.LocalizedText;

/** Consultations, their meetings and themes: read by every screen, written by the set-up. */
@Service
@Transactional(readOnly = true)
public class ConsultationService {

    private final ConsultationRepository consultations;
    private final MeetingRepository meetings;
    private final ThemeRepository themes;
    private final MeetingAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsultationService(ConsultationRepository consultations, MeetingRepository meetings,
            ThemeRepository themes, MeetingAccess access, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.consultations = consultations;
        this.meetings = meetings;
        this.themes = themes;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The meeting's join code, made on first use: six letters and digits nobody confuses. */
    @Transactional
    public String joinCode(long meetingId) {
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new InvalidInputException("validation.meeting.unknown"));
        String code = meeting.getJoinCode();
        if (code == null) {
            do {
                code = JoinCodes.next();
            } while (meetings.existsByJoinCode(code));
            meeting.setJoinCode(code);
        }
        return code;
    }

    /** The meeting a typed or scanned code opens; spaces, dashes and case do not matter. */
    public Optional<MeetingInfo> meetingByCode(String typed) {
        String code = JoinCodes.normalise(typed);
        return code.isEmpty() ? Optional.empty() : meetings.findByJoinCode(code)
                .flatMap(m -> consultations.findById(m.getConsultationId()).map(c -> toInfo(m, c)));
    }

    /** The item being discussed now, if the facilitator has put one up. */
    public Optional<Long> discussing(long meetingId) {
        return meetings.findById(meetingId).map(Meeting::getDiscussingItemId);
    }

    /**
     * Puts an item up for discussion on every screen, or none ({@code null}); facilitators and
     * administrators only. The caller checks that the item belongs to the meeting.
     *
     * @throws NotAllowedException for anyone else, or once the meeting is closed
     */
    @Transactional
    public void discuss(long meetingId, @Nullable Long itemId) {
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new InvalidInputException("validation.meeting.unknown"));
        access.check(Operation.HIGHLIGHT_ITEM, meeting.getPhase(), true);
        meeting.discuss(itemId);
        events.publishEvent(new DiscussingChanged(meetingId, itemId));
    }

    /** How many dots each participant spends in the meeting's prioritisation. */
    public int dotBudget(long meetingId) {
        return meetings.findById(meetingId).map(Meeting::getDotBudget)
                .orElseThrow(() -> new InvalidInputException("validation.meeting.unknown"));
    }

    /** Pre-moderation, dot budget and phase timer as they stand now. */
    public MeetingSettings settings(long meetingId) {
        Meeting meeting = find(meetingId);
        return settingsOf(meeting);
    }

    /**
     * Switches pre-moderation on or off: while on, a participant's new item waits for a
     * facilitator's approval. Items already waiting stay in the queue either way.
     *
     * @throws NotAllowedException unless the caller runs meetings (facilitator, administrator)
     */
    @Transactional
    public MeetingSettings setPremoderation(long meetingId, boolean on) {
        Meeting meeting = find(meetingId);
        access.check(Operation.RUN_MEETING, meeting.getPhase(), false);
        if (meeting.isPremoderated() != on) {
            audit.record(meetingId, "PREMODERATION", "", Boolean.toString(meeting.isPremoderated()), Boolean.toString(on));
            meeting.setPremoderation(on);
        }
        return changed(meeting);
    }

    /**
     * Sets how many dots each participant spends. Lowering it below what someone already spent
     * keeps their dots; they cannot add more.
     *
     * @throws InvalidInputException outside 1..{@value Meeting#DOT_BUDGET_MAX}
     */
    @Transactional
    public MeetingSettings setDotBudget(long meetingId, int budget) {
        Meeting meeting = find(meetingId);
        access.check(Operation.RUN_MEETING, meeting.getPhase(), false);
        if (budget < 1 || budget > Meeting.DOT_BUDGET_MAX) {
            throw new InvalidInputException("validation.dotBudget", Meeting.DOT_BUDGET_MAX);
        }
        if (meeting.getDotBudget() != budget) {
            audit.record(meetingId, "DOT_BUDGET", "", Integer.toString(meeting.getDotBudget()), Integer.toString(budget));
            meeting.setDotBudget(budget);
        }
        return changed(meeting);
    }

    /**
     * Starts the phase timer for {@code minutes}, or adds them to a timer already set (running
     * or paused).
     *
     * @throws InvalidInputException when the minutes are not between 1 and the limit, or the
     *     total would pass it
     */
    @Transactional
    public MeetingSettings startOrExtendTimer(long meetingId, int minutes) {
        Meeting meeting = find(meetingId);
        access.check(Operation.RUN_MEETING, meeting.getPhase(), false);
        PhaseTimer timer = meeting.timer(clock.instant());
        long total = (timer.isSet() ? timer.remainingMs() : 0) + minutes * 60_000L;
        if (minutes < 1 || total > Meeting.TIMER_MAX_MINUTES * 60_000L) {
            throw new InvalidInputException("validation.timer", Meeting.TIMER_MAX_MINUTES);
        }
        audit.record(meetingId, timer.isSet() ? "TIMER_EXTEND" : "TIMER_START", "", null, minutes + " min");
        if (timer.state() == PhaseTimer.State.PAUSED) {
            meeting.pauseTimerAt(total);
        } else {
            meeting.startTimer(total, clock.instant());
        }
        return changed(meeting);
    }

    /** Pauses a running timer, or resumes a paused one. */
    @Transactional
    public MeetingSettings pauseOrResumeTimer(long meetingId) {
        Meeting meeting = find(meetingId);
        access.check(Operation.RUN_MEETING, meeting.getPhase(), false);
        PhaseTimer timer = meeting.timer(clock.instant());
        if (timer.state() == PhaseTimer.State.RUNNING) {
            audit.record(meetingId, "TIMER_PAUSE", "", null, null);
            meeting.pauseTimer(clock.instant());
        } else if (timer.state() == PhaseTimer.State.PAUSED) {
            audit.record(meetingId, "TIMER_RESUME", "", null, null);
            meeting.startTimer(timer.remainingMs(), clock.instant());
        }
        return changed(meeting);
    }

    @Transactional
    public MeetingSettings clearTimer(long meetingId) {
        Meeting meeting = find(meetingId);
        access.check(Operation.RUN_MEETING, meeting.getPhase(), false);
        if (meeting.timer(clock.instant()).isSet()) {
            audit.record(meetingId, "TIMER_CLEAR", "", null, null);
            meeting.clearTimer();
        }
        return changed(meeting);
    }

    private MeetingSettings changed(Meeting meeting) {
        MeetingSettings settings = settingsOf(meeting);
        events.publishEvent(new SettingsChanged(settings));
        return settings;
    }

    private MeetingSettings settingsOf(Meeting meeting) {
        return new MeetingSettings(id(meeting.getId()), meeting.isPremoderated(), meeting.getDotBudget(),
                meeting.timer(clock.instant()));
    }

    private Meeting find(long meetingId) {
        return meetings.findById(meetingId)
                .orElseThrow(() -> new InvalidInputException("validation.meeting.unknown"));
    }

    /** The phase the meeting is in now, as stored. */
    public Phase phase(long meetingId) {
        return meetings.findById(meetingId).map(Meeting::getPhase)
                .orElseThrow(() -> new InvalidInputException("validation.meeting.unknown"));
    }

    /**
     * Moves the meeting to another phase; facilitators and administrators only. Every screen of
     * the meeting hears of it once committed ({@link PhaseChanged}).
     *
     * @throws NotAllowedException for anyone else
     */
    @Transactional
    public void changePhase(long meetingId, Phase phase) {
        access.check(Operation.CHANGE_PHASE, phase, false);
        Meeting meeting = meetings.findById(meetingId)
                .orElseThrow(() -> new InvalidInputException("validation.meeting.unknown"));
        if (meeting.getPhase() != phase) {
            audit.record(meetingId, "PHASE", "", meeting.getPhase().name(), phase.name());
            meeting.moveTo(phase, clock.instant());
            events.publishEvent(new PhaseChanged(meetingId, phase));
        }
    }

    public List<ConsultationOverview> overview() {
        return consultations.findAllByOrderByStartsOnDesc().stream()
                .map(c -> new ConsultationOverview(id(c.getId()), c.getTitle(),
                        meetings.findByConsultationIdOrderByHeldOnAsc(id(c.getId())).stream()
                                .map(m -> toInfo(m, c)).toList()))
                .toList();
    }

    public Optional<MeetingInfo> meeting(long meetingId) {
        return meetings.findById(meetingId).flatMap(m -> consultations.findById(m.getConsultationId())
                .map(c -> toInfo(m, c)));
    }

    public List<ThemeInfo> themes(long consultationId) {
        return themes.findByConsultationIdOrderByPositionAsc(consultationId).stream()
                .map(t -> new ThemeInfo(id(t.getId()), t.getCode(), t.getName()))
                .toList();
    }

    @Transactional
    public long createConsultation(String code, LocalizedText title, LocalDate startsOn,
            LocalDate endsOn) {
        return id(consultations.save(new Consultation(code, title, startsOn, endsOn)).getId());
    }

    @Transactional
    public long addMeeting(long consultationId, String code, LocalizedText region,
            @Nullable String place, LocalDate heldOn) {
        return id(meetings.save(new Meeting(consultationId, code, region, place, heldOn)).getId());
    }

    @Transactional
    public long addTheme(long consultationId, String code, LocalizedText name) {
        int position = themes.findByConsultationIdOrderByPositionAsc(consultationId).size();
        return id(themes.save(new Theme(consultationId, code, name, position)).getId());
    }

    public boolean exists(long consultationId) {
        return consultations.existsById(consultationId);
    }

    public boolean exists(String consultationCode) {
        return consultations.findByCode(consultationCode).isPresent();
    }

    private static MeetingInfo toInfo(Meeting m, Consultation c) {
        return new MeetingInfo(id(m.getId()), m.getConsultationId(), m.getCode(), m.getRegion(),
                m.getPlace(), m.getHeldOn(), c.getTitle(), m.getPhase());
    }

    private static long id(Long id) {
        return Objects.requireNonNull(id, "persisted entity without id");
    }
}
