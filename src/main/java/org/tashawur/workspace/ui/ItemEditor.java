package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import elemental.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.tashawur.base.InvalidInputException;
import org.tashawur.live.EditingMarks;
import org.tashawur.live.LiveForm;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemNotFoundException;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSignal;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.SaveOutcome;

/**
 * Edits one item together with whoever else has it open: values travel live between editors,
 * and each committed change (field left, Enter, or a pause in typing) is saved by the screen of
 * the person who typed it, once.
 */
class ItemEditor extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ItemEditor.class);
    private static final int PAUSE_MS = 600;
    private static final String VALUE = "element.value";
    private static final String SEEN = "(element.__tashawurSeen || 0)";

    private final ItemService items;
    private final ParticipantRef me;
    private final EditingMarks marks;
    private final long itemId;
    private final LiveForm<ItemForm> form;
    private final Map<ItemField, HasValue<?, String>> fields = new EnumMap<>(ItemField.class);
    private final Map<ItemField, SeenValues> seen = new EnumMap<>(ItemField.class);
    private final Map<ItemField, ConflictDialog> conflicts = new EnumMap<>(ItemField.class);
    private final SaveStatus status = new SaveStatus();
    private final Div deletedBanner = new Div();
    /** What the fields held when the item was deleted under this editor. */
    private final Map<ItemField, String> kept = new EnumMap<>(ItemField.class);
    private boolean deleted;

    ItemEditor(ItemService items, ParticipantRef me, EditingMarks marks, ThemeNames themes, ItemSummary item) {
        this.items = items;
        this.me = me;
        this.marks = marks;
        this.itemId = item.id();
        addClassName("item-editor");
        setHeaderTitle(getTranslation("editor.title"));
        setWidth("min(40rem, 100vw)");

        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("field.KIND"));
        kind.setItems(List.of(ItemKind.EXPECTATION.name(), ItemKind.PROPOSAL.name()));
        kind.setItemLabelGenerator(k -> getTranslation(ItemKind.valueOf(k).messageKey()));
        kind.addClassName("editor-kind");
        TextField title = new TextField(getTranslation("field.TITLE"));
        title.setMaxLength(ItemSummary.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.addClassName("editor-title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(PAUSE_MS);
        TextArea details = new TextArea(getTranslation("field.DETAILS"));
        details.setMaxLength(ItemSummary.DETAILS_MAX);
        details.setWidthFull();
        details.addClassName("editor-details");
        details.setMinHeight("8rem");
        details.setValueChangeMode(ValueChangeMode.LAZY);
        details.setValueChangeTimeout(PAUSE_MS);
        Select<String> theme = new Select<>();
        theme.setLabel(getTranslation("field.THEME"));
        theme.setItems(withNone(themes.ids()));
        theme.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("theme.none") : themes.name(id));
        theme.setWidthFull();
        theme.addClassName("editor-theme");
        title.getElement().setAttribute("dir", "auto");
        details.getElement().setAttribute("dir", "auto");

        form = new LiveForm<>(ItemForm.class, me);
        register(ItemField.KIND, kind);
        register(ItemField.TITLE, title);
        register(ItemField.DETAILS, details);
        register(ItemField.THEME, theme);
        form.connect(itemId, () -> ItemForm.of(items.find(itemId).orElse(item)));

        deletedBanner.addClassName("deleted-banner");
        deletedBanner.setVisible(false);
        add(deletedBanner, kind, title, details, theme);

        Button delete = new Button(getTranslation("item.delete"), e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClassName("editor-delete");
        Button close = new Button(getTranslation("editor.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClassName("editor-close");
        getFooter().add(status, delete, close);
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
        return seen.get(field).latest();
    }

    TextField titleField() {
        return (TextField) fields.get(ItemField.TITLE);
    }

    TextArea detailsField() {
        return (TextArea) fields.get(ItemField.DETAILS);
    }

    /** Another screen changed or deleted the item being edited. */
    void onSignal(ItemSignal signal) {
        if (signal.isDeleted() && !deleted) {
            onDeleted(signal.actorName());
        }
    }

    private void register(ItemField field, HasValue<?, String> component) {
        fields.put(field, component);
        form.bind(component, ItemForm.property(field));
        if (component instanceof Focusable<?> focusable) {
            focusable.addFocusListener(e -> marks.mark(itemId, field.name()));
            focusable.addBlurListener(e -> marks.clear());
        }
        if (field == ItemField.TITLE || field == ItemField.DETAILS) {
            registerTyped(field, component);
        } else {
            // A choice is one click: the server-side value before it is what the user saw.
            component.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    marks.mark(itemId, field.name());
                    save(field, e.getOldValue() == null ? "" : e.getOldValue(), e.getValue() == null ? "" : e.getValue());
                }
            });
        }
    }

    /**
     * Typed text is saved from the browser's own events, which carry the number of the last value
     * the browser received ({@link SeenValues}), after a pause in typing or when the field is left.
     */
    private void registerTyped(ItemField field, HasValue<?, String> component) {
        SeenValues values = new SeenValues();
        seen.put(field, values);
        component.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                tellBrowser(component, values.shown(e.getValue() == null ? "" : e.getValue(), false));
            }
        });
        Element element = ((Component) component).getElement();
        element.addEventListener("input", e -> typed(field, e.getEventData()))
                .addEventData(VALUE).addEventData(SEEN).debounce(PAUSE_MS);
        element.addEventListener("change", e -> typed(field, e.getEventData()))
                .addEventData(VALUE).addEventData(SEEN);
    }

    private void typed(ItemField field, JsonObject data) {
        if (deleted || !data.hasKey(VALUE)) {
            return;
        }
        String value = data.getString(VALUE);
        int number = data.hasKey(SEEN) ? (int) data.getNumber(SEEN) : 0;
        marks.mark(itemId, field.name());
        save(field, seen.get(field).base(number), value);
    }

    private static void tellBrowser(HasValue<?, String> component, int number) {
        ((Component) component).getElement().executeJs("this.__tashawurSeen = $0", number);
    }

    private void save(ItemField field, String base, String value) {
        if (deleted) {
            return;
        }
        try {
            SaveOutcome outcome = items.update(itemId, field, base, value, me);
            if (outcome instanceof SaveOutcome.Saved saved) {
                valid(field);
                status.saved(saved.item().updatedAt());
                SeenValues values = seen.get(field);
                if (values != null) {
                    tellBrowser(fields.get(field), values.shown(value, true));
                }
            } else if (outcome instanceof SaveOutcome.Conflict conflict) {
                status.notSaved(getTranslation("save.conflict"));
                showConflict(field, conflict);
            } else if (outcome instanceof SaveOutcome.Deleted gone) {
                onDeleted(gone.deletedBy());
            }
        } catch (InvalidInputException e) {
            invalid(field, getTranslation(e.messageKey()));
            status.notSaved(getTranslation(e.messageKey()));
        } catch (ItemNotFoundException e) {
            onDeleted(null);
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
                    showStored(field, conflict.stored());
                });
        conflicts.put(field, dialog);
        dialog.open();
    }

    private void showStored(ItemField field, String stored) {
        fields.get(field).setValue(stored);
        showInBrowser(field, stored);
        valid(field);
        status.unchanged();
    }

    /**
     * After a network break the browser may display another text than the server holds for the
     * field; once the user has chosen, make the browser show the chosen one.
     */
    private void showInBrowser(ItemField field, String value) {
        ((Component) fields.get(field)).getElement().executeJs("if (this.value !== $0) { this.value = $0; }", value);
    }

    private void valid(ItemField field) {
        if (fields.get(field) instanceof TextField text) {
            text.setInvalid(false);
        }
    }

    private void invalid(ItemField field, String message) {
        if (fields.get(field) instanceof TextField text) {
            text.setErrorMessage(message);
            text.setInvalid(true);
        } else if (fields.get(field) instanceof TextArea area) {
            area.setErrorMessage(message);
            area.setInvalid(true);
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
        fields.forEach((field, component) -> {
            kept.put(field, component.getValue() == null ? "" : component.getValue());
            component.setReadOnly(true);
        });
        Span text = new Span(getTranslation("editor.deleted", by == null ? "?" : by));
        Button keep = new Button(getTranslation("editor.keepAsNew"), e -> keepAsNew());
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        keep.addClassName("keep-as-new");
        deletedBanner.removeAll();
        deletedBanner.add(text, keep);
        deletedBanner.setVisible(true);
        status.notSaved(getTranslation("editor.deletedShort"));
    }

    private void keepAsNew() {
        try {
            String themeId = kept.get(ItemField.THEME);
            String kind = kept.get(ItemField.KIND);
            items.create(kind == null || kind.isEmpty() ? ItemKind.EXPECTATION : ItemKind.valueOf(kind),
                    kept.get(ItemField.TITLE), kept.get(ItemField.DETAILS),
                    themeId == null || themeId.isEmpty() ? null : Long.valueOf(themeId), me);
            close();
        } catch (InvalidInputException e) {
            status.notSaved(getTranslation(e.messageKey()));
        }
    }

    private static List<String> withNone(List<String> ids) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(""), ids.stream()).toList();
    }
}
