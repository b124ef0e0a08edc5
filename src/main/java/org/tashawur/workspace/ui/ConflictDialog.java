package org.tashawur.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.tashawur.workspace.SaveOutcome;

/**
 * Shows both texts when a field changed under the user's feet, and lets them choose. Nothing is
 * written until they do; closing the dialog keeps their text in the field, unsaved.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(SaveOutcome.Conflict conflict, Runnable keepMine, Runnable takeTheirs) {
        setHeaderTitle(getTranslation("conflict.title",
                getTranslation(conflict.field().messageKey())));
        addClassName("conflict-dialog");
        add(new Paragraph(getTranslation("conflict.explain")),
                block("conflict.stored", conflict.stored(), "conflict-stored"),
                block("conflict.mine", conflict.mine(), "conflict-mine"));
        Button mine = new Button(getTranslation("conflict.keepMine"), e -> {
            close();
            keepMine.run();
        });
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button theirs = new Button(getTranslation("conflict.takeTheirs"), e -> {
            close();
            takeTheirs.run();
        });
        getFooter().add(theirs, mine);
    }

    private Div block(String labelKey, String text, String className) {
        Div value = new Div();
        value.setText(text);
        value.getElement().setAttribute("dir", "auto");
        value.addClassName("conflict-text");
        Div block = new Div(new H4(getTranslation(labelKey)), value);
        block.addClassName(className);
        return block;
    }
}
