package org.tashawur.workspace;

/**
 * The fields of an item that participants edit, each read and written as text so that one
 * service call, one conflict check and one revision format serve them all.
 */
public enum ItemField {
    KIND,
    TITLE,
    DETAILS,
    THEME;

    String read(Item item) {
        return switch (this) {
            case KIND -> item.getKind().name();
            case TITLE -> item.getTitle();
            case DETAILS -> item.getDetails();
            case THEME -> item.getThemeId() == null ? "" : item.getThemeId().toString();
        };
    }

    String read(ItemSummary item) {
        return switch (this) {
            case KIND -> item.kind().name();
            case TITLE -> item.title();
            case DETAILS -> item.details();
            case THEME -> item.themeId() == null ? "" : item.themeId().toString();
        };
    }

    public String messageKey() {
        return "field." + name();
    }
}
