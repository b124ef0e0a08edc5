package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemSummary;

/** The editor's four fields, with the same limits as the columns and the service. */
final class ItemFields {

    /** The pause in typing after which text travels to the others and is saved. */
    static final int PAUSE_MS = 600;

    private final Map<ItemField, HasValue<?, String>> fields = new EnumMap<>(ItemField.class);
    private final TextField title;
    private final TextArea details;

    ItemFields(Component owner, ThemeNames themes) {
        Select<String> kind = new Select<>();
        kind.setLabel(owner.getTranslation("field.KIND"));
        kind.setItems(List.of(ItemKind.EXPECTATION.name(), ItemKind.PROPOSAL.name()));
        kind.setItemLabelGenerator(k -> owner.getTranslation(ItemKind.valueOf(k).messageKey()));
        kind.addClassName("editor-kind");

        title = new TextField(owner.getTranslation("field.TITLE"));
        title.setMaxLength(ItemSummary.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.addClassName("editor-title");
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(PAUSE_MS);
        title.getElement().setAttribute("dir", "auto");

        details = new TextArea(owner.getTranslation("field.DETAILS"));
        details.setMaxLength(ItemSummary.DETAILS_MAX);
        details.setWidthFull();
        details.setMinHeight("8rem");
        details.addClassName("editor-details");
        details.setValueChangeMode(ValueChangeMode.LAZY);
        details.setValueChangeTimeout(PAUSE_MS);
        details.getElement().setAttribute("dir", "auto");

        Select<String> theme = new Select<>();
        theme.setLabel(owner.getTranslation("field.THEME"));
        theme.setItems(Stream.concat(Stream.of(""), themes.ids().stream()).toList());
        theme.setItemLabelGenerator(id -> id.isEmpty() ? owner.getTranslation("theme.none") : themes.name(id));
        theme.setWidthFull();
        theme.addClassName("editor-theme");

        fields.put(ItemField.KIND, kind);
        fields.put(ItemField.TITLE, title);
        fields.put(ItemField.DETAILS, details);
        fields.put(ItemField.THEME, theme);
    }

    HasValue<?, String> get(ItemField field) {
        return fields.get(field);
    }

    Component component(ItemField field) {
        return (Component) fields.get(field);
    }

    /** Title and details: text the user types, as opposed to a choice. */
    static boolean isTyped(ItemField field) {
        return field == ItemField.TITLE || field == ItemField.DETAILS;
    }

    String value(ItemField field) {
        String value = fields.get(field).getValue();
        return value == null ? "" : value;
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> f.setReadOnly(readOnly));
    }

    void setError(ItemField field, String message) {
        if (field == ItemField.TITLE) {
            title.setErrorMessage(message);
            title.setInvalid(true);
        } else if (field == ItemField.DETAILS) {
            details.setErrorMessage(message);
            details.setInvalid(true);
        }
    }

    void clearError(ItemField field) {
        if (field == ItemField.TITLE) {
            title.setInvalid(false);
        } else if (field == ItemField.DETAILS) {
            details.setInvalid(false);
        }
    }

    TextField title() {
        return title;
    }

    TextArea details() {
        return details;
    }

    Component[] inOrder() {
        return new Component[] {component(ItemField.KIND), title, details, component(ItemField.THEME)};
    }
}
