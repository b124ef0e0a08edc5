package org.tashawur.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.Texts;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;

/** An expectation or a proposal on a meeting's shared list. Deleting keeps the row and its history. */
@Entity
@Table(name = "item")
class Item {

    static final int TITLE_MAX = 200;
    static final int DETAILS_MAX = 4000;
    static final int HIDDEN_REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemKind kind = ItemKind.EXPECTATION;

    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    @Column(nullable = false, length = DETAILS_MAX)
    private String details = "";

    @Column(name = "theme_id")
    private @Nullable Long themeId;

    @Column(name = "author_participant_id", nullable = false)
    private long authorParticipantId;

    @Column(name = "author_name", nullable = false)
    private String authorName = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "author_group", nullable = false, length = 40)
    private StakeholderGroup authorGroup = StakeholderGroup.ASSOCIATIONS;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(nullable = false)
    private long version;

    @Column(name = "support_count", nullable = false)
    private int supportCount;

    @Column(name = "dot_count", nullable = false)
    private int dotCount;

    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_status", nullable = false, length = 20)
    private AnswerStatus answerStatus = AnswerStatus.NOT_ANSWERED;

    @Column(name = "answer_text", nullable = false, length = DETAILS_MAX)
    private String answerText = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status = ItemStatus.PUBLISHED;

    @Column(name = "hidden_reason", length = HIDDEN_REASON_MAX)
    private @Nullable String hiddenReason;

    @Column(name = "merged_into")
    private @Nullable Long mergedInto;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Column(name = "merged_count", nullable = false)
    private int mergedCount;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "deleted_by")
    private @Nullable String deletedBy;

    protected Item() {
    }

    Item(long meetingId, ItemKind kind, String title, String details, @Nullable Long themeId,
            ParticipantRef author, Instant now, ItemStatus status) {
        this.status = status;
        this.meetingId = meetingId;
        this.kind = kind;
        setTitle(title);
        setDetails(details);
        this.themeId = themeId;
        this.authorParticipantId = author.id();
        this.authorName = author.displayName();
        this.authorGroup = author.group();
        this.createdAt = now;
        this.updatedAt = now;
        this.version = 1;
    }

    void setTitle(String title) {
        this.title = Texts.required(title, TITLE_MAX, "title");
    }

    void setDetails(String details) {
        this.details = Texts.optional(details, DETAILS_MAX, "details");
    }

    void setKind(ItemKind kind) {
        this.kind = kind;
    }

    void setThemeId(@Nullable Long themeId) {
        this.themeId = themeId;
    }

    /** Marks a change: the next version, at the given time. Returns the new version. */
    long touch(Instant now) {
        updatedAt = now;
        return ++version;
    }

    void answer(AnswerStatus status, String text) {
        this.answerText = Texts.optional(text, DETAILS_MAX, "answer");
        this.answerStatus = status;
    }

    AnswerStatus getAnswerStatus() {
        return answerStatus;
    }

    String getAnswerText() {
        return answerText;
    }

    void commented() {
        commentCount++;
    }

    void dotsChanged(int delta) {
        dotCount += delta;
    }

    void supportChanged(boolean added) {
        supportCount += added ? 1 : -1;
    }

    ItemStatus getStatus() {
        return status;
    }

    long getAuthorId() {
        return authorParticipantId;
    }

    /** Published for everyone (approved, or shown again after being hidden). */
    void publish() {
        status = ItemStatus.PUBLISHED;
        hiddenReason = null;
    }

    void hide(String reason) {
        hiddenReason = Texts.required(reason, HIDDEN_REASON_MAX, "hiddenReason");
        status = ItemStatus.HIDDEN;
    }

    void mergeInto(long targetId) {
        status = ItemStatus.MERGED;
        mergedInto = targetId;
    }

    void unmerge() {
        status = ItemStatus.PUBLISHED;
        mergedInto = null;
    }

    void originalsChanged(int delta) {
        mergedCount += delta;
    }

    void reported(int delta) {
        reportCount += delta;
    }

    int getDotCount() {
        return dotCount;
    }

    void markDeleted(Instant now, String by) {
        deletedAt = now;
        deletedBy = by;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("item not saved yet");
        }
        return id;
    }

    long getMeetingId() {
        return meetingId;
    }

    ItemKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getDetails() {
        return details;
    }

    @Nullable Long getThemeId() {
        return themeId;
    }

    long getVersion() {
        return version;
    }

    @Nullable String getDeletedBy() {
        return deletedBy;
    }

    ItemSummary toSummary() {
        return new ItemSummary(getId(), meetingId, kind, title, details, themeId, authorParticipantId,
                authorName, authorGroup, createdAt, updatedAt, version, supportCount, answerStatus, answerText, dotCount, commentCount,
                status, hiddenReason == null ? "" : hiddenReason, reportCount, mergedCount);
    }
}
