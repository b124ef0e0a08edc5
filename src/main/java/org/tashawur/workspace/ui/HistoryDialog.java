package org.tashawur.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.text.WordDiff;
import org.tashawur.base.ui.Formats;
import org.tashawur.base.ui.Notices;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemNotFoundException;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.RevisionInfo;

/**
 * An item's history, newest first: who changed what and when, text changes word by word
 * (removed words struck through, added ones underlined, in the text's own direction), moderation
 * and answers included. Facilitators restore a field to any earlier value; the restore is one
 * more entry here.
 */
class HistoryDialog extends Dialog {

    private final ItemService items;
    private final ParticipantRef me;
    private final long itemId;
    private final ThemeNames themes;
    private final boolean canRestore;
    private final Div entries = new Div();

    HistoryDialog(ItemService items, ParticipantRef me, long itemId, ThemeNames themes, boolean canRestore) {
        this.items = items;
        this.me = me;
        this.itemId = itemId;
        this.themes = themes;
        this.canRestore = canRestore;
        addClassName("history-dialog");
        setHeaderTitle(getTranslation("history.title"));
        setWidth("min(44rem, 100vw)");
        entries.addClassName("history-entries");
        add(entries);
        Button close = new Button(getTranslation("editor.close"), e -> close());
        getFooter().add(close);
        refresh();
    }

    private void refresh() {
        entries.removeAll();
        List<RevisionInfo> revisions;
        try {
            revisions = new ArrayList<>(items.history(itemId, me));
        } catch (ItemNotFoundException e) {
            close();
            return;
        }
        java.util.Collections.reverse(revisions);
        for (RevisionInfo revision : revisions) {
            entries.add(entry(revision));
        }
    }

    private Div entry(RevisionInfo revision) {
        Span meta = new Span(Formats.dateTime(revision.changedAt(), getLocale()) + " · " + revision.actorName()
                + " · " + getTranslation("history.field." + revision.field()));
        meta.addClassName("history-meta");
        meta.getElement().setAttribute("dir", "auto");
        Div entry = new Div(meta, change(revision));
        entry.addClassName("history-entry");
        entry.getElement().setAttribute("data-field", revision.field());
        if (canRestore && revision.restorable()) {
            Button restore = new Button(getTranslation("history.restore"), e -> restore(revision));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            restore.addClassName("history-restore");
            entry.add(restore);
        }
        return entry;
    }

    private Div change(RevisionInfo revision) {
        Div change = new Div();
        change.addClassName("history-change");
        change.getElement().setAttribute("dir", "auto");
        String field = revision.field();
        if (ItemField.TITLE.name().equals(field) || ItemField.DETAILS.name().equals(field)
                || "ANSWER_TEXT".equals(field) || "HIDDEN_REASON".equals(field)) {
            for (WordDiff.Segment segment : WordDiff.of(text(revision.oldValue()), text(revision.newValue()))) {
                Span span = new Span(segment.text());
                span.addClassName("diff-" + segment.kind().name().toLowerCase(java.util.Locale.ROOT));
                change.add(span);
            }
        } else if (!"DELETED".equals(field)) {
            change.setText(readable(field, revision.oldValue()) + " → " + readable(field, revision.newValue()));
        }
        return change;
    }

    /** Codes as people read them: kinds, themes, statuses, answers. */
    private String readable(String field, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        return switch (field) {
            case "KIND" -> getTranslation("kind." + value);
            case "THEME" -> themes.name(value).isEmpty() ? value : themes.name(value);
            case "STATUS" -> getTranslation("history.status." + value);
            case "ANSWER_STATUS" -> getTranslation("answer." + value);
            default -> value;
        };
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private void restore(RevisionInfo revision) {
        try {
            items.restore(itemId, revision.id(), me);
            Notification.show(getTranslation("history.restored"), 3000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        } catch (ItemNotFoundException e) {
            close();
        }
    }
}
