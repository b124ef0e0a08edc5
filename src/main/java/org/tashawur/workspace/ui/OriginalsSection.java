package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.Formats;
import org.tashawur.base.ui.Notices;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.MergeService;

/**
 * The originals merged into an item, as their authors wrote them, with who and when: everyone
 * sees them; facilitators can separate each one again (undo the merge).
 */
class OriginalsSection extends Composite<Div> {

    private final MergeService merges;
    private final ParticipantRef me;
    private final long itemId;
    private final boolean canUndo;
    private final Div list = new Div();

    OriginalsSection(MergeService merges, ParticipantRef me, long itemId, boolean canUndo) {
        this.merges = merges;
        this.me = me;
        this.itemId = itemId;
        this.canUndo = canUndo;
        getContent().addClassName("originals-section");
        list.addClassName("originals");
        getContent().add(new H4(getTranslation("merge.originals")), list);
        refresh();
    }

    /** Reads the originals again when the item now counts another number of them than shown. */
    void follow(int count) {
        if (count != list.getComponentCount()) { // one entry per original shown
            refresh();
        }
    }

    /** Reads the originals again (a merge or an undo happened). */
    void refresh() {
        list.removeAll();
        var originals = merges.originals(itemId);
        setVisible(!originals.isEmpty());
        for (ItemSummary original : originals) {
            Div title = new Div();
            title.setText(original.title());
            title.addClassName("original-title");
            title.getElement().setAttribute("dir", "auto");
            Div details = new Div();
            details.setText(original.details());
            details.addClassName("original-details");
            details.getElement().setAttribute("dir", "auto");
            details.setVisible(!original.details().isEmpty());
            Span author = new Span(original.authorName() + " · " + getTranslation(original.authorGroup().messageKey())
                    + " · " + Formats.dateTime(original.createdAt(), getLocale()));
            author.addClassName("original-author");
            author.getElement().setAttribute("dir", "auto");
            Div entry = new Div(title, details, author);
            entry.addClassName("original");
            entry.getElement().setAttribute("data-id", Long.toString(original.id()));
            if (canUndo) {
                Button separate = new Button(getTranslation("merge.undo"), e -> {
                    try {
                        merges.undo(original.id(), me);
                        refresh();
                    } catch (UserFacingException ex) {
                        Notices.refused(this, ex);
                    }
                });
                separate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                separate.addClassName("merge-undo");
                entry.add(separate);
            }
            list.add(entry);
        }
    }
}
