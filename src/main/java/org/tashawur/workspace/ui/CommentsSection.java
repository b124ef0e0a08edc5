package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.Formats;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.CommentInfo;
import org.tashawur.workspace.ItemNotFoundException;
import org.tashawur.workspace.CommentService;

/** The discussion of one item: its comments with author and time, and a field to add one. */
class CommentsSection extends Composite<Div> {

    private final CommentService comments;
    private final long itemId;
    private final Div thread = new Div();
    private final TextArea draft = new TextArea();
    private final Button send = new Button();

    CommentsSection(CommentService comments, ParticipantRef me, long itemId) {
        this.comments = comments;
        this.itemId = itemId;
        thread.addClassName("comment-thread");
        draft.setPlaceholder(getTranslation("comments.placeholder"));
        draft.setAriaLabel(getTranslation("comments.placeholder"));
        draft.setMaxLength(CommentInfo.BODY_MAX);
        draft.setWidthFull();
        draft.addClassName("comment-draft");
        draft.getElement().setAttribute("dir", "auto");
        send.setText(getTranslation("comments.send"));
        send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        send.addClassName("comment-send");
        send.addClickListener(e -> {
            try {
                comments.comment(itemId, draft.getValue(), me);
                draft.clear();
                draft.setInvalid(false);
            } catch (UserFacingException ex) {
                draft.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                draft.setInvalid(true);
            } catch (ItemNotFoundException ex) {
                setAllowed(false);
            }
        });
        getContent().addClassName("comments-section");
        getContent().add(new H4(getTranslation("comments.heading")), thread, draft, send);
        refresh();
    }

    /**
     * Reads the comments again when the item now has another number of them than shown (the
     * item's signal says how many). Comments are only ever added, so an edit of the item, or a
     * vote, costs the open editor no query and redraws nothing.
     */
    void follow(int count) {
        if (count != thread.getComponentCount()) { // one entry per comment shown
            refresh();
        }
    }

    /** Reads the comments again. */
    void refresh() {
        thread.removeAll();
        for (CommentInfo comment : comments.comments(itemId)) {
            Span name = new Span(comment.authorName());
            name.getElement().setAttribute("dir", "auto");
            name.addClassName("comment-author");
            Span who = new Span(name, new Span(" · " + Formats.dateTime(comment.createdAt(), getLocale())));
            who.addClassName("comment-meta");
            Div body = new Div();
            body.setText(comment.body());
            body.addClassName("comment-body");
            body.getElement().setAttribute("dir", "auto");
            Div entry = new Div(who, body);
            entry.addClassName("comment");
            thread.add(entry);
        }
    }

    /** Commenting is possible only in some phases; the thread stays readable. */
    void setAllowed(boolean allowed) {
        draft.setEnabled(allowed);
        send.setEnabled(allowed);
    }
}
