package org.tashawur.workspace.ui;

import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemSummary;

/**
 * The editable fields of an item as text, shared live between editors. Property names are the
 * lower-case {@link ItemField} names, so a field maps to its property in one rule.
 */
public class ItemForm {

    private String kind = "";
    private String title = "";
    private String details = "";
    private String theme = "";

    public ItemForm() {
    }

    static ItemForm of(ItemSummary item) {
        ItemForm form = new ItemForm();
        form.kind = item.value(ItemField.KIND);
        form.title = item.value(ItemField.TITLE);
        form.details = item.value(ItemField.DETAILS);
        form.theme = item.value(ItemField.THEME);
        return form;
    }

    static String property(ItemField field) {
        return field.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
