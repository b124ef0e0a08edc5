package org.tashawur.workspace.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks once before an item leaves the list for everyone. */
class DeleteConfirmation extends ConfirmDialog {

    DeleteConfirmation(Runnable onConfirm) {
        setHeader(getTranslation("delete.title"));
        setText(getTranslation("delete.text"));
        setCancelable(true);
        setCancelText(getTranslation("delete.cancel"));
        setConfirmText(getTranslation("delete.confirm"));
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> onConfirm.run());
    }
}
