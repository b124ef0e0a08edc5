package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** Tells an editor that the item was deleted under them, and offers to keep their text. */
class DeletedNotice extends Composite<Div> {

    DeletedNotice() {
        getContent().addClassName("deleted-banner");
        setVisible(false);
    }

    void show(@Nullable String by, Runnable keepAsNew) {
        Span text = new Span(getTranslation("editor.deleted", by == null ? "?" : by));
        Button keep = new Button(getTranslation("editor.keepAsNew"), e -> keepAsNew.run());
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        keep.addClassName("keep-as-new");
        getContent().removeAll();
        getContent().add(text, keep);
        setVisible(true);
    }
}
