package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import org.tashawur.base.ui.Formats;

/**
 * The quiet line of an editor: "Saving…" from the first keystroke (shown by the browser itself,
 * without a round trip), then "Saved at ..." once MariaDB has the text, or red with a retry.
 */
class SaveStatus extends Composite<HorizontalLayout> {

    private final Span text = new Span();
    private final Span saving = new Span();
    private final Button retry = new Button();
    private Runnable pendingRetry = () -> { };

    SaveStatus() {
        text.addClassName("save-status-text");
        retry.setText(getTranslation("save.retry"));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        retry.setVisible(false);
        retry.addClickListener(e -> pendingRetry.run());
        getContent().addClassName("save-status");
        getContent().setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        saving.setText(getTranslation("save.saving"));
        saving.addClassName("save-status-saving");
        getContent().add(text, saving, retry);
        text.getElement().setAttribute("aria-live", "polite");
    }

    void saved(Instant at) {
        show("saved", getTranslation("save.saved", Formats.time(at, getLocale())));
    }

    void unchanged() {
        show("saved", getTranslation("save.upToDate"));
    }

    /** A neutral remark (nothing was typed, nothing failed). */
    void note(String message) {
        show("info", message);
    }

    void notSaved(String reason) {
        show("failed", getTranslation("save.notSaved", reason));
    }

    void failed(Runnable onRetry) {
        notSaved(getTranslation("save.databaseDown"));
        pendingRetry = onRetry;
        retry.setVisible(true);
    }

    String state() {
        return getContent().getElement().getAttribute("data-state");
    }

    String message() {
        return text.getText();
    }

    /** Lets the browser say "Saving…" as soon as the user types in {@code field}. */
    void watch(Component field) {
        field.getElement().executeJs(
                "const status = $0; this.addEventListener('input', () => status.setAttribute('data-saving', ''));",
                getContent().getElement());
    }

    private void show(String state, String message) {
        retry.setVisible(false);
        text.setText(message);
        getContent().getElement().setAttribute("data-state", state);
        getContent().getElement().executeJs("this.removeAttribute('data-saving')");
    }
}
