package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashSet;
import java.util.Set;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemNotFoundException;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.MergeService;
import org.tashawur.workspace.ModerationService;
import org.tashawur.workspace.ReportInfo;

/**
 * What the moderation buttons on a card do: approve, hide with a reason, show again and merge
 * for facilitators; report for participants (once per item). Refusals are shown; an item that
 * vanished meanwhile leaves the list. It has no face of its own.
 */
class ModerationActions extends Composite<Span> {

    private final ModerationService moderation;
    private final MergeService merges;
    private final ItemService items;
    private final ParticipantRef me;
    private final Runnable reloadList;
    private final Set<Long> reported = new HashSet<>();

    ModerationActions(ModerationService moderation, MergeService merges, ItemService items, ParticipantRef me,
            Runnable reloadList) {
        this.moderation = moderation;
        this.merges = merges;
        this.items = items;
        this.me = me;
        this.reloadList = reloadList;
        reported.addAll(moderation.reportedBy(me));
        setVisible(false);
    }

    Set<Long> reported() {
        return reported;
    }

    void approve(ItemSummary item) {
        run(() -> moderation.approve(item.id(), me));
    }

    void hide(ItemSummary item) {
        new ReasonDialog(getTranslation("hide.title"), item.title(), getTranslation("hide.reason"),
                ItemSummary.HIDDEN_REASON_MAX, getTranslation("hide.confirm"),
                reason -> guard(() -> moderation.hide(item.id(), reason, me))).open();
    }

    void unhide(ItemSummary item) {
        run(() -> moderation.unhide(item.id(), me));
    }

    void merge(ItemSummary target) {
        new MergeDialog(items, me, target, originals -> guard(() -> merges.merge(target.id(), originals, me))).open();
    }

    void report(ItemSummary item) {
        new ReasonDialog(getTranslation("report.title"), item.title(), getTranslation("report.reason"),
                ReportInfo.REASON_MAX, getTranslation("report.confirm"), reason -> guard(() -> {
                    moderation.report(item.id(), reason, me);
                    reported.add(item.id());
                    Notification.show(getTranslation("report.sent"), 3000, Notification.Position.BOTTOM_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                })).open();
    }

    /** Runs an action of a dialog: a refusal goes back to the dialog, a vanished item reloads the list. */
    private void guard(Runnable action) {
        try {
            action.run();
        } catch (ItemNotFoundException e) {
            reloadList.run();
        }
    }

    private void run(Runnable action) {
        CardAction.run(this, reloadList, action);
    }
}
