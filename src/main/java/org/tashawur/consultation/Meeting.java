package org.tashawur.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.LocalizedText;

/** One regional consultative meeting of a consultation. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(nullable = false, length = 60)
    private String code = "";

    @Column(name = "region_ar", nullable = false)
    private String regionAr = "";

    @Column(name = "region_fr", nullable = false)
    private String regionFr = "";

    @Column(name = "region_en", nullable = false)
    private String regionEn = "";

    private @Nullable String place;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Phase phase = Phase.COLLECTING;

    @Column(name = "phase_changed_at")
    private @Nullable Instant phaseChangedAt;

    @Column(name = "discussing_item_id")
    private @Nullable Long discussingItemId;

    @Column(name = "join_code", length = 12)
    private @Nullable String joinCode;

    @Column(name = "dot_budget", nullable = false)
    private int dotBudget = DOT_BUDGET_DEFAULT;

    @Column(nullable = false)
    private boolean premoderation;

    @Column(name = "timer_ends_at")
    private @Nullable Instant timerEndsAt;

    @Column(name = "timer_remaining_ms")
    private @Nullable Long timerRemainingMs;

    public static final int DOT_BUDGET_DEFAULT = 5;
    public static final int DOT_BUDGET_MAX = 30;
    public static final int TIMER_MAX_MINUTES = 240;

    protected Meeting() {
    }

    public Meeting(long consultationId, String code, LocalizedText region, @Nullable String place,
            LocalDate heldOn) {
        this.consultationId = consultationId;
        this.code = code;
        this.regionAr = region.ar();
        this.regionFr = region.fr();
        this.regionEn = region.en();
        this.place = place;
        this.heldOn = heldOn;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getRegion() {
        return new LocalizedText(regionAr, regionFr, regionEn);
    }

    public @Nullable String getPlace() {
        return place;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Phase getPhase() {
        return phase;
    }

    public int getDotBudget() {
        return dotBudget;
    }

    public @Nullable String getJoinCode() {
        return joinCode;
    }

    void setJoinCode(String joinCode) {
        this.joinCode = joinCode;
    }

    public @Nullable Long getDiscussingItemId() {
        return discussingItemId;
    }

    void discuss(@Nullable Long itemId) {
        this.discussingItemId = itemId;
    }

    void moveTo(Phase phase, Instant now) {
        this.phase = phase;
        this.phaseChangedAt = now;
    }

    public boolean isPremoderated() {
        return premoderation;
    }

    void setPremoderation(boolean on) {
        this.premoderation = on;
    }

    void setDotBudget(int budget) {
        this.dotBudget = budget;
    }

    /** The phase timer as it stands at {@code now}. */
    PhaseTimer timer(Instant now) {
        if (timerEndsAt != null) {
            return new PhaseTimer(PhaseTimer.State.RUNNING, Math.max(0, timerEndsAt.toEpochMilli() - now.toEpochMilli()));
        }
        if (timerRemainingMs != null) {
            return new PhaseTimer(PhaseTimer.State.PAUSED, timerRemainingMs);
        }
        return PhaseTimer.NONE;
    }

    void startTimer(long remainingMs, Instant now) {
        timerEndsAt = now.plusMillis(remainingMs);
        timerRemainingMs = null;
    }

    void pauseTimer(Instant now) {
        if (timerEndsAt != null) {
            timerRemainingMs = Math.max(0, timerEndsAt.toEpochMilli() - now.toEpochMilli());
            timerEndsAt = null;
        }
    }

    /** A paused timer holding {@code remainingMs}. */
    void pauseTimerAt(long remainingMs) {
        timerEndsAt = null;
        timerRemainingMs = remainingMs;
    }

    void clearTimer() {
        timerEndsAt = null;
        timerRemainingMs = null;
    }
}
