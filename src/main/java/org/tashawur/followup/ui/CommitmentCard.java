package org.tashawur.followup.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.Formats;
import org.tashawur.followup.CommitmentDraft;
import org.tashawur.followup.CommitmentInfo;
import org.tashawur.followup.CommitmentService;
import org.tashawur.followup.CommitmentStatus;
import org.tashawur.followup.FieldChange;
import org.tashawur.base.text.WordDiff;
import org.tashawur.followup.FollowUpRow;
import org.tashawur.followup.StaleCommitmentException;
import org.tashawur.followup.UpdateInfo;
import org.tashawur.workspace.ItemSummary;

/**
 * One retained proposal and its commitment: what was decided, who is responsible, by when, how
 * far along, and its signed timeline. Reviewers edit it in a form that keeps what they typed when
 * a save is refused; another reviewer's save shows at once (the form too, unless this reviewer
 * has started changing it).
 */
class CommitmentCard extends Composite<Div> {

    private final CommitmentService commitments;
    private final ItemSummary proposal;
    private final boolean editable;
    private @Nullable CommitmentInfo commitment;

    private final Div summary = new Div();
    private final Div timeline = new Div();
    private final Span notice = new Span();
    private final TextField responsible = new TextField();
    private final TextField partners = new TextField();
    private final DatePicker dueOn = new DatePicker();
    private final Select<CommitmentStatus> status = new Select<>();
    private final IntegerField progress = new IntegerField();
    private final TextArea note = new TextArea();
    private final Button save = new Button();
    private boolean touched;

    CommitmentCard(CommitmentService commitments, FollowUpRow row, boolean editable) {
        this.commitments = commitments;
        this.proposal = row.proposal();
        this.commitment = row.commitment();
        this.editable = editable;
        Div card = getContent();
        card.addClassName("followup-card");
        card.getElement().setAttribute("data-item", Long.toString(proposal.id()));
        H3 title = new H3(proposal.title());
        title.getElement().setAttribute("dir", "auto");
        Div answer = new Div(new Span(getTranslation(proposal.answerStatus().messageKey())),
                new Span(proposal.answerText().isEmpty() ? "" : " · " + proposal.answerText()));
        answer.addClassName("followup-answer");
        answer.getElement().setAttribute("dir", "auto");
        summary.addClassName("commitment-summary");
        timeline.addClassName("commitment-timeline");
        notice.addClassName("commitment-notice");
        notice.setVisible(false);
        card.add(title, answer, summary);
        if (editable) {
            card.add(form());
        }
        card.add(timeline);
        show();
    }

    long itemId() {
        return proposal.id();
    }

    @Nullable Long commitmentId() {
        return commitment == null ? null : commitment.id();
    }

    /** Another screen saved this commitment: show it, and refill the form unless it was being changed. */
    void refresh() {
        Long id = commitmentId();
        CommitmentInfo stored = id == null ? null : commitments.find(id);
        if (stored == null || commitment != null && stored.version() == commitment.version()) {
            return;
        }
        if (touched) {
            notice.setText(getTranslation("followup.changedMeanwhile"));
            notice.setVisible(true);
            CommitmentInfo mine = commitment;
            commitment = stored;
            showSummary();
            commitment = mine;
            showTimeline(stored);
            return;
        }
        commitment = stored;
        show();
    }

    /** A commitment was created for this proposal on another screen. */
    void created(CommitmentInfo created) {
        if (commitment == null) {
            commitment = created;
            show();
        }
    }

    private Div form() {
        responsible.setLabel(getTranslation("commitment.responsible"));
        responsible.setMaxLength(CommitmentDraft.RESPONSIBLE_MAX);
        responsible.getElement().setAttribute("dir", "auto");
        responsible.addClassName("commitment-responsible");
        partners.setLabel(getTranslation("commitment.partners"));
        partners.setMaxLength(CommitmentDraft.PARTNERS_MAX);
        partners.getElement().setAttribute("dir", "auto");
        partners.addClassName("commitment-partners");
        dueOn.setLabel(getTranslation("commitment.dueOn"));
        dueOn.addClassName("commitment-due");
        status.setLabel(getTranslation("commitment.status"));
        status.setItems(CommitmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.addClassName("commitment-status");
        progress.setLabel(getTranslation("commitment.progress"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStepButtonsVisible(true);
        progress.setStep(5);
        progress.setSuffixComponent(new Span("%"));
        progress.addClassName("commitment-progress");
        note.setLabel(getTranslation("commitment.note"));
        note.setMaxLength(CommitmentDraft.NOTE_MAX);
        note.getElement().setAttribute("dir", "auto");
        note.setWidthFull();
        note.addClassName("commitment-note");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("commitment-save");
        save.addClickListener(e -> save());
        responsible.addValueChangeListener(e -> touched |= e.isFromClient());
        partners.addValueChangeListener(e -> touched |= e.isFromClient());
        dueOn.addValueChangeListener(e -> touched |= e.isFromClient());
        status.addValueChangeListener(e -> touched |= e.isFromClient());
        progress.addValueChangeListener(e -> touched |= e.isFromClient());
        note.addValueChangeListener(e -> touched |= e.isFromClient());
        Div fields = new Div(responsible, partners, dueOn, status, progress);
        fields.addClassName("commitment-fields");
        Div form = new Div(fields, note, notice, save);
        form.addClassName("commitment-form");
        return form;
    }

    private void save() {
        CommitmentDraft draft = new CommitmentDraft(responsible.getValue(), partners.getValue(), dueOn.getValue(),
                status.getValue() == null ? CommitmentStatus.PLANNED : status.getValue(),
                progress.getValue() == null ? -1 : progress.getValue());
        try {
            CommitmentInfo saved = commitment == null
                    ? commitments.create(proposal.id(), draft, note.getValue())
                    : commitments.update(commitment.id(), commitment.version(), draft, note.getValue());
            commitment = saved;
            touched = false;
            note.clear();
            notice.setVisible(false);
            show();
        } catch (StaleCommitmentException stale) {
            notice.setText(getTranslation("followup.stale", stale.current().responsible(),
                    getTranslation(stale.current().status().messageKey()), stale.current().progress()));
            notice.setVisible(true);
            commitment = stale.current(); // the next save is based on what is stored now; the typed values stay
            showSummary();
            showTimeline(stale.current());
        } catch (UserFacingException refused) {
            notice.setText(getTranslation(refused.messageKey(), refused.args()));
            notice.setVisible(true);
        }
    }

    private void show() {
        showSummary();
        if (editable) {
            CommitmentInfo c = commitment;
            responsible.setValue(c == null ? "" : c.responsible());
            partners.setValue(c == null ? "" : c.partners());
            dueOn.setValue(c == null ? null : c.dueOn());
            status.setValue(c == null ? CommitmentStatus.PLANNED : c.status());
            progress.setValue(c == null ? 0 : c.progress());
            save.setText(getTranslation(c == null ? "commitment.create" : "commitment.save"));
        }
        showTimeline(commitment);
    }

    private void showSummary() {
        summary.removeAll();
        CommitmentInfo c = commitment;
        if (c == null) {
            summary.add(new Span(getTranslation("commitment.none")));
            getContent().getElement().setAttribute("data-status", "NONE");
            return;
        }
        getContent().getElement().setAttribute("data-status", c.status().name());
        Span who = new Span(getTranslation("commitment.summary", c.responsible(),
                c.partners().isEmpty() ? "—" : c.partners(),
                c.dueOn() == null ? "—" : Formats.date(c.dueOn(), getLocale())));
        who.addClassName("commitment-who");
        who.getElement().setAttribute("dir", "auto");
        Span state = new Span(getTranslation(c.status().messageKey()) + " · " + c.progress() + " %");
        state.addClassName("commitment-state");
        ProgressBar bar = new ProgressBar(0, 100, c.progress());
        bar.addClassName("commitment-bar");
        summary.add(who, state, bar);
    }

    /** One field's change: the words removed and added for texts, before → after for the rest. */
    private Div change(FieldChange change) {
        Div line = new Div();
        line.addClassName("timeline-change");
        line.getElement().setAttribute("data-field", change.field());
        Span label = new Span(getTranslation(switch (change.field()) {
            case "responsible" -> "report.col.responsible";
            case "partners" -> "commitment.partners";
            case "dueOn" -> "commitment.dueOn";
            case "status" -> "commitment.status";
            default -> "commitment.progress";
        }) + " : ");
        label.addClassName("timeline-field");
        line.add(label);
        Span value = new Span();
        value.getElement().setAttribute("dir", "auto");
        value.addClassName("history-change");
        if (change.field().equals("responsible") || change.field().equals("partners")) {
            for (WordDiff.Segment segment : WordDiff.of(change.before(), change.after())) {
                Span part = new Span(segment.text());
                part.addClassName("diff-" + segment.kind().name().toLowerCase(java.util.Locale.ROOT));
                value.add(part);
            }
        } else {
            value.setText(readable(change.field(), change.before()) + " → " + readable(change.field(), change.after()));
        }
        line.add(value);
        return line;
    }

    private String readable(String field, String value) {
        if (value.isEmpty()) {
            return "—";
        }
        return switch (field) {
            case "status" -> getTranslation(CommitmentStatus.valueOf(value).messageKey());
            case "dueOn" -> Formats.date(java.time.LocalDate.parse(value), getLocale());
            case "progress" -> value + " %";
            default -> value;
        };
    }

    private void showTimeline(@Nullable CommitmentInfo c) {
        timeline.removeAll();
        if (c == null) {
            return;
        }
        for (UpdateInfo update : commitments.timeline(c.id())) {
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            Span meta = new Span(Formats.dateTime(update.at(), getLocale()) + " · " + update.author() + " · "
                    + getTranslation(update.status().messageKey()) + " · " + update.progress() + " %");
            meta.addClassName("timeline-meta");
            entry.add(meta);
            for (FieldChange change : update.changes()) {
                entry.add(change(change));
            }
            if (!update.note().isEmpty()) {
                Div text = new Div();
                text.setText(update.note());
                text.getElement().setAttribute("dir", "auto");
                text.addClassName("timeline-note");
                entry.add(text);
            }
            timeline.add(entry);
        }
    }
}
