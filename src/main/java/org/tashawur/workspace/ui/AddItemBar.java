package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Stream;
import org.tashawur.base.InvalidInputException;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;

/** Adds an expectation or a proposal (whichever part is open) with a title and a theme. */
class AddItemBar extends Composite<Div> {

    private final ItemService items;
    private final ParticipantRef me;
    private final TextField title = new TextField();
    private final Select<String> theme = new Select<>();
    private ItemKind kind = ItemKind.EXPECTATION;

    AddItemBar(ItemService items, ParticipantRef me, ThemeNames themes) {
        this.items = items;
        this.me = me;
        title.setMaxLength(ItemSummary.TITLE_MAX);
        title.setAriaLabel(getTranslation("field.TITLE"));
        title.getElement().setAttribute("dir", "auto");
        title.addClassName("add-title");
        title.addKeyPressListener(Key.ENTER, e -> add());
        title.addValueChangeListener(e -> title.setInvalid(false));
        theme.setItems(Stream.concat(Stream.of(""), themes.ids().stream()).toList());
        theme.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("theme.none") : themes.name(id));
        theme.setValue("");
        theme.setAriaLabel(getTranslation("field.THEME"));
        theme.addClassName("add-theme");
        Button add = new Button(getTranslation("add.submit"), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-submit");
        getContent().addClassName("add-item");
        getContent().add(title, theme, add);
        setKind(kind);
    }

    void setKind(ItemKind kind) {
        this.kind = kind;
        title.setPlaceholder(getTranslation("add.placeholder." + kind.name()));
    }

    private void add() {
        String themeId = theme.getValue();
        try {
            items.create(kind, title.getValue(), "", themeId == null || themeId.isEmpty() ? null : Long.valueOf(themeId), me);
            title.clear();
            title.focus();
        } catch (InvalidInputException e) {
            title.setErrorMessage(getTranslation(e.messageKey()));
            title.setInvalid(true);
        }
    }
}
