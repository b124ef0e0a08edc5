package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tashawur.base.UserFacingException;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemStatus;
import org.tashawur.workspace.ItemSummary;
import com.vaadin.flow.component.notification.Notification;
import org.tashawur.workspace.SimilarItem;

/**
 * Adds an expectation or a proposal (whichever part is open) with a title and a theme. While the
 * title is typed, items that read alike are shown, so that a duplicate can be opened instead.
 */
class AddItemBar extends Composite<Div> {

    private static final int HINTS = 3;

    private final ItemService items;
    private final ParticipantRef me;
    private final Consumer<Long> openItem;
    private final TextField title = new TextField();
    private final Select<String> theme = new Select<>();
    private final Div similar = new Div();
    private final Span premoderated = new Span();
    private final Button addButton;
    private ItemKind kind = ItemKind.EXPECTATION;

    AddItemBar(ItemService items, ParticipantRef me, ThemeNames themes, Consumer<Long> openItem) {
        this.items = items;
        this.me = me;
        this.openItem = openItem;
        title.setMaxLength(ItemSummary.TITLE_MAX);
        title.setAriaLabel(getTranslation("field.TITLE"));
        title.getElement().setAttribute("dir", "auto");
        title.addClassName("add-title");
        title.addKeyPressListener(Key.ENTER, e -> add());
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(400);
        title.addValueChangeListener(e -> {
            title.setInvalid(false);
            showSimilar(e.getValue());
        });
        similar.addClassName("similar-items");
        similar.setVisible(false);
        theme.setItems(Stream.concat(Stream.of(""), themes.ids().stream()).toList());
        theme.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("theme.none") : themes.name(id));
        theme.setValue("");
        theme.setAriaLabel(getTranslation("field.THEME"));
        theme.addClassName("add-theme");
        addButton = new Button(getTranslation("add.submit"), e -> add());
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addButton.addClassName("add-submit");
        Div bar = new Div(title, theme, addButton);
        bar.addClassName("add-item");
        getContent().addClassName("add-item-area");
        premoderated.setText(getTranslation("premoderation.note"));
        premoderated.addClassName("premoderation-note");
        premoderated.setVisible(false);
        getContent().add(bar, premoderated, similar);
        setKind(kind);
    }

    /** Says that new items wait for a facilitator's approval (pre-moderation is on for this participant). */
    void setPremoderated(boolean on) {
        premoderated.setVisible(on);
    }

    /** Adding is possible only in some phases; the title typed so far stays. */
    void setEnabled(boolean enabled) {
        title.setEnabled(enabled);
        theme.setEnabled(enabled);
        addButton.setEnabled(enabled);
    }

    void setKind(ItemKind kind) {
        this.kind = kind;
        title.setPlaceholder(getTranslation("add.placeholder." + kind.name()));
    }

    private void showSimilar(String text) {
        List<SimilarItem> found = items.similarTo(me.meetingId(), text, HINTS);
        similar.removeAll();
        similar.setVisible(!found.isEmpty());
        if (found.isEmpty()) {
            return;
        }
        similar.add(new Span(getTranslation("similar.heading")));
        for (SimilarItem item : found) {
            Button open = new Button(getTranslation(item.kind().messageKey()) + " · " + item.title(),
                    e -> openItem.accept(item.id()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.getElement().setAttribute("dir", "auto");
            open.addClassName("similar-item");
            similar.add(open);
        }
    }

    private void add() {
        String themeId = theme.getValue();
        try {
            ItemSummary created = items.create(kind, title.getValue(), "",
                    themeId == null || themeId.isEmpty() ? null : Long.valueOf(themeId), me);
            if (created.status() == ItemStatus.PENDING) {
                Notification.show(getTranslation("premoderation.added"), 5000, Notification.Position.BOTTOM_CENTER)
                        .addClassName("pending-notice");
            }
            title.clear();
            title.focus();
            showSimilar("");
        } catch (UserFacingException e) {
            title.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            title.setInvalid(true);
        }
    }
}
