package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.tashawur.base.InvalidInputException;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.live.EditingMarks;
import org.tashawur.live.LiveForm;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.CommentService;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemNotFoundException;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSignal;
import org.tashawur.workspace.ItemStatus;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.SaveOutcome;

/**
 * Edits one item together with whoever else has it open: values travel live between editors,
 * and each committed change (field left, Enter, or a pause in typing) is saved by the screen of
 * the person who typed it, once. Nothing the user typed is dropped: a refused save keeps the
 * text on screen and says why.
 */
class ItemEditor extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ItemEditor.class);

    private final ItemService items;
    private final ParticipantRef me;
    private final EditingMarks marks;
    private final long itemId;
    private final ItemFields fields;
    private final Map<ItemField, TypedEdits> typed = new EnumMap<>(ItemField.class);
    private final Map<ItemField, ConflictDialog> conflicts = new EnumMap<>(ItemField.class);
    private final SaveStatus status = new SaveStatus();
    private final DeletedNotice deletedNotice = new DeletedNotice();
    private final Button deleteButton = new Button();
    private final Button historyButton = new Button();
    /** What the fields held when the item was deleted under this editor. */
    private final Map<ItemField, String> kept = new EnumMap<>(ItemField.class);
    private boolean deleted;
    /** Hidden by a facilitator: its author reads it, only facilitators change it. */
    private boolean hiddenFromMe;
    private final CommentsSection comments;

    ItemEditor(ItemService items, CommentService commentService, ParticipantRef me, EditingMarks marks, ThemeNames themes,
            ItemSummary item) {
        this.items = items;
        this.me = me;
        this.marks = marks;
        this.itemId = item.id();
        this.fields = new ItemFields(this, themes);
        addClassName("item-editor");
        setHeaderTitle(getTranslation("editor.title"));
        setWidth("min(40rem, 100vw)");

        LiveForm<ItemForm> form = new LiveForm<>(ItemForm.class, me);
        for (ItemField field : ItemField.values()) {
            form.bind(fields.get(field), ItemForm.property(field));
            listen(field);
        }
        form.connect(itemId, () -> ItemForm.of(items.find(itemId, me).orElse(item)));
        add(deletedNotice);
        if (item.status() == ItemStatus.PENDING || item.status() == ItemStatus.HIDDEN) {
            Paragraph note = new Paragraph(item.status() == ItemStatus.PENDING ? getTranslation("status.PENDING")
                    : getTranslation("status.HIDDEN", item.hiddenReason()));
            note.addClassName("moderation-note");
            note.getElement().setAttribute("dir", "auto");
            add(note);
        }
        add(fields.inOrder());
        comments = new CommentsSection(commentService, me, itemId);

        deleteButton.setText(getTranslation("item.delete"));
        deleteButton.addClickListener(e -> confirmDelete());
        deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteButton.addClassName("editor-delete");
        Button close = new Button(getTranslation("editor.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClassName("editor-close");
        historyButton.setText(getTranslation("history.open"));
        historyButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        historyButton.addClassName("editor-history");
        getFooter().add(status, historyButton, deleteButton, close);
        // Closing detaches the fields, which closes their live connection by itself.
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                marks.clear();
            }
        });
        status.unchanged();
    }

    long itemId() {
        return itemId;
    }

    SaveStatus status() {
        return status;
    }

    /** The number of the last value the server sent to the browser for a typed field. */
    int seenNumber(ItemField field) {
        return typed.get(field).latest();
    }

    TextField titleField() {
        return fields.title();
    }

    TextArea detailsField() {
        return fields.details();
    }

    /** What the History button opens (facilitators may restore from it). */
    void onHistory(Runnable open) {
        historyButton.addClickListener(e -> open.run());
    }

    /** The item is hidden and this viewer is not a facilitator: it opens read-only, whatever the phase. */
    void lockHidden() {
        hiddenFromMe = true;
    }

    /** Adds a section below the item's fields: the official answer, the merged originals, the reports. */
    void addSection(com.vaadin.flow.component.Component section) {
        add(section);
    }

    /** Shows the discussion of the item, last; commenting follows the phase. */
    void showComments(boolean allowed) {
        comments.setAllowed(allowed);
        if (!comments.getParent().isPresent()) {
            add(comments);
        }
    }

    /**
     * Read-only (a view of the item) when the meeting's phase no longer allows editing, and no
     * Delete when deleting is not allowed; the service refuses both anyway.
     */
    void setAllowed(boolean editable, boolean deletable) {
        editable = editable && !hiddenFromMe;
        deletable = deletable && !hiddenFromMe;
        deleteButton.setVisible(deletable);
        if (!deleted) {
            fields.setReadOnly(!editable);
            setHeaderTitle(getTranslation(editable ? "editor.title" : "editor.titleReadOnly"));
            if (editable) {
                status.unchanged();
            } else {
                status.note(getTranslation("editor.readOnlyPhase"));
            }
        }
    }

    /** Another screen changed or deleted the item being edited. */
    void onSignal(ItemSignal signal) {
        if (signal.isDeleted() && !deleted) {
            onDeleted(signal.actorName());
        } else if (!signal.isDeleted()) {
            // Each section reads again only if its count changed: at every autosave of a field,
            // an open editor would otherwise run three queries and redraw three lists.
            comments.follow(signal.comments());
            getChildren().forEach(child -> {
                if (child instanceof OriginalsSection originals) {
                    originals.follow(signal.merged());
                } else if (child instanceof ReportsSection reports) {
                    reports.follow(signal.reports());
                }
            });
        }
    }

    private void listen(ItemField field) {
        if (fields.component(field) instanceof Focusable<?> focusable) {
            focusable.addFocusListener(e -> marks.moveTo(UI.getCurrent(), itemId, field.name()));
            focusable.addBlurListener(e -> marks.leave(UI.getCurrent()));
        }
        if (ItemFields.isTyped(field)) {
            typed.put(field, new TypedEdits(fields.get(field), (base, value) -> edited(field, base, value)));
            status.watch(fields.component(field));
        } else {
            // A choice is one click: the server-side value before it is what the user saw.
            fields.get(field).addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    edited(field, e.getOldValue() == null ? "" : e.getOldValue(), e.getValue() == null ? "" : e.getValue());
                }
            });
        }
    }

    private void edited(ItemField field, String base, String value) {
        if (deleted) {
            return;
        }
        marks.mark(itemId, field.name());
        save(field, base, value);
    }

    private void save(ItemField field, String base, String value) {
        log.debug("Saving {} of item {}", field, itemId);
        try {
            SaveOutcome outcome = items.update(itemId, field, base, value, me);
            if (outcome instanceof SaveOutcome.Saved saved) {
                fields.clearError(field);
                status.saved(saved.item().updatedAt());
                if (typed.containsKey(field)) {
                    typed.get(field).saved(value);
                }
            } else if (outcome instanceof SaveOutcome.Conflict conflict) {
                status.notSaved(getTranslation("save.conflict"));
                showConflict(field, conflict);
            } else if (outcome instanceof SaveOutcome.Deleted gone) {
                onDeleted(gone.deletedBy());
            }
        } catch (InvalidInputException e) {
            fields.setError(field, getTranslation(e.messageKey(), e.args()));
            status.notSaved(getTranslation(e.messageKey(), e.args()));
        } catch (ItemNotFoundException e) {
            onDeleted(null);
        } catch (NotAllowedException e) {
            status.notSaved(getTranslation(e.messageKey(), e.args()));
        } catch (DataAccessException | TransactionException e) {
            log.warn("Saving {} of item {} failed; the text stays on screen", field, itemId, e);
            status.failed(() -> save(field, base, value));
        }
    }

    /** One question per field at a time; a newer conflict replaces the older one. */
    private void showConflict(ItemField field, SaveOutcome.Conflict conflict) {
        ConflictDialog previous = conflicts.remove(field);
        if (previous != null) {
            previous.close();
        }
        ConflictDialog dialog = new ConflictDialog(conflict,
                () -> {
                    conflicts.remove(field);
                    save(field, conflict.stored(), conflict.mine());
                    showInBrowser(field, conflict.mine());
                },
                () -> {
                    conflicts.remove(field);
                    fields.get(field).setValue(conflict.stored());
                    showInBrowser(field, conflict.stored());
                    fields.clearError(field);
                    status.unchanged();
                });
        conflicts.put(field, dialog);
        dialog.open();
    }

    /** After a network break the browser may show another text than the one just chosen. */
    private void showInBrowser(ItemField field, String value) {
        if (typed.containsKey(field)) {
            typed.get(field).show(value);
        }
    }

    private void confirmDelete() {
        new DeleteConfirmation(() -> {
            try {
                items.delete(itemId, me);
            } catch (ItemNotFoundException e) {
                log.debug("Item {} already gone", itemId);
            }
            close();
        }).open();
    }

    /** Keeps what this user typed: fields turn read-only and one click files it as a new item. */
    private void onDeleted(@Nullable String by) {
        deleted = true;
        for (ItemField field : ItemField.values()) {
            kept.put(field, fields.value(field));
        }
        fields.setReadOnly(true);
        deletedNotice.show(by, this::keepAsNew);
        status.notSaved(getTranslation("editor.deletedShort"));
    }

    private void keepAsNew() {
        try {
            String themeId = kept.getOrDefault(ItemField.THEME, "");
            String kind = kept.getOrDefault(ItemField.KIND, "");
            items.create(kind.isEmpty() ? ItemKind.EXPECTATION : ItemKind.valueOf(kind),
                    kept.getOrDefault(ItemField.TITLE, ""), kept.getOrDefault(ItemField.DETAILS, ""),
                    themeId.isEmpty() ? null : Long.valueOf(themeId), me);
            close();
        } catch (InvalidInputException e) {
            status.notSaved(getTranslation(e.messageKey(), e.args()));
        }
    }
}
