package org.tashawur.followup.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.ui.AppHeader;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.Operation;
import org.tashawur.consultation.ThemeInfo;
import org.tashawur.followup.CommitmentInfo;
import org.tashawur.followup.CommitmentService;
import org.tashawur.followup.CommitmentSignal;
import org.tashawur.followup.CommitmentStatus;
import org.tashawur.followup.FollowUpRow;
import org.tashawur.followup.RollUp;
import org.tashawur.live.MeetingSignals;

/**
 * A meeting's follow-up: its progress (overall and per theme) and each retained proposal with its
 * commitment. Anyone reads it; reviewers, facilitators and administrators edit it, and see each
 * other's saves live.
 */
@Route("meeting/:meetingId/follow-up")
@AnonymousAllowed
class FollowUpView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final CommitmentService commitments;
    private final MeetingAccess access;
    private final MeetingSignals signals;
    private final Div rollUp = new Div();
    private final List<CommitmentCard> cards = new ArrayList<>();
    private @Nullable MeetingInfo meeting;

    FollowUpView(ConsultationService consultations, CommitmentService commitments, MeetingAccess access,
            MeetingSignals signals) {
        this.consultations = consultations;
        this.commitments = commitments;
        this.access = access;
        this.signals = signals;
        setPadding(false);
        addClassName("followup-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MeetingInfo found = event.getRouteParameters().getLong("meetingId").flatMap(consultations::meeting)
                .orElse(null);
        if (found == null) {
            event.forwardTo("");
            return;
        }
        if (meeting != null) {
            return;
        }
        meeting = found;
        Locale locale = getLocale();
        boolean editable = access.offers(Operation.FOLLOW_UP, found.phase(), false);
        // Subscribe before reading, so that no save falls between the two.
        signals.subscribeAsReader(this, found.id(), CommitmentSignal.CHANNEL, CommitmentSignal.class,
                (key, signal) -> onSignal(signal));
        List<FollowUpRow> rows = commitments.followUp(found.id());
        Div list = new Div();
        list.addClassName("followup-list");
        for (FollowUpRow row : rows) {
            CommitmentCard card = new CommitmentCard(commitments, row, editable);
            cards.add(card);
            list.add(card);
        }
        rollUp.addClassName("followup-rollup");
        Main main = new Main(new H1(getTranslation("followup.title", found.region().in(locale))),
                new Paragraph(getTranslation(editable ? "followup.introEditor" : "followup.introReader")), rollUp,
                new H2(getTranslation("followup.retained", rows.size())), list);
        if (rows.isEmpty()) {
            main.add(new Paragraph(getTranslation("followup.noneRetained")));
        }
        main.addClassNames("page", "followup-page");
        add(new AppHeader(found.region().in(locale)), main);
        showRollUp();
    }

    private void onSignal(CommitmentSignal signal) {
        boolean known = cards.stream().anyMatch(c -> c.commitmentId() != null && c.commitmentId() == signal.commitmentId());
        if (known) {
            cards.stream().filter(c -> c.commitmentId() != null && c.commitmentId() == signal.commitmentId())
                    .forEach(CommitmentCard::refresh);
        } else {
            CommitmentInfo created = commitments.find(signal.commitmentId());
            if (created != null) {
                cards.stream().filter(c -> c.itemId() == created.itemId()).forEach(c -> c.created(created));
            }
        }
        showRollUp();
    }

    private void showRollUp() {
        MeetingInfo m = meeting;
        if (m == null) {
            return;
        }
        rollUp.removeAll();
        CommitmentService.MeetingRollUp figures = commitments.rollUp(m.id());
        rollUp.add(line(getTranslation("followup.meetingProgress"), figures.meeting(), "rollup-meeting"));
        Map<Long, ThemeInfo> themes = consultations.themes(m.consultationId()).stream()
                .collect(Collectors.toMap(ThemeInfo::id, t -> t));
        figures.themes().forEach((themeId, figure) -> {
            ThemeInfo theme = themeId == null ? null : themes.get(themeId);
            rollUp.add(line(theme == null ? getTranslation("theme.none") : theme.name().in(getLocale()), figure,
                    "rollup-theme"));
        });
        rollUp.add(new Paragraph(getTranslation("followup.howRolledUp")));
    }

    private Div line(String label, RollUp figure, String cssClass) {
        Span name = new Span(label);
        name.addClassName("rollup-label");
        name.getElement().setAttribute("dir", "auto");
        String counts = java.util.Arrays.stream(CommitmentStatus.values())
                .filter(s -> figure.byStatus().get(s) > 0)
                .map(s -> getTranslation(s.messageKey()) + " " + figure.byStatus().get(s))
                .collect(Collectors.joining(" · "));
        Span value = new Span(getTranslation("followup.average", figure.average(), figure.counted(), figure.total())
                + (counts.isEmpty() ? "" : " (" + counts + ")"));
        value.addClassName("rollup-value");
        ProgressBar bar = new ProgressBar(0, 100, figure.average());
        Div line = new Div(name, value, bar);
        line.addClassName(cssClass);
        line.getElement().setAttribute("data-average", Integer.toString(figure.average()));
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("followup.title",
                meeting == null ? "" : meeting.region().in(getLocale()));
    }
}
