package org.tashawur.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.tashawur.base.UserFacingException;

/**
 * Asks for a reason before an action (hiding an item, reporting it). A refusal is shown on the
 * field and the typed reason stays; the dialog closes only once the action went through.
 */
class ReasonDialog extends Dialog {

    private final TextArea reason = new TextArea();

    ReasonDialog(String title, String itemTitle, String label, int maxLength, String confirmText,
            Consumer<String> action) {
        setHeaderTitle(title);
        addClassName("reason-dialog");
        Paragraph about = new Paragraph(itemTitle);
        about.getElement().setAttribute("dir", "auto");
        about.addClassName("reason-item");
        reason.setLabel(label);
        reason.setMaxLength(maxLength);
        reason.setWidthFull();
        reason.addClassName("reason-field");
        reason.getElement().setAttribute("dir", "auto");
        add(about, reason);
        Button confirm = new Button(confirmText, e -> {
            try {
                action.accept(reason.getValue());
                close();
            } catch (UserFacingException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("reason-confirm");
        Button cancel = new Button(getTranslation("delete.cancel"), e -> close());
        cancel.addClassName("reason-cancel");
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 100vw)");
    }
}
