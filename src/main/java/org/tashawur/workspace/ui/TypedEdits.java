package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.dom.Element;
import elemental.json.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * Saves typed text from the browser's own events, which carry the number of the last value the
 * browser received ({@link SeenValues}): after a pause in typing, and when the field is left or
 * Enter pressed. So an edit typed during a network break is checked against the value the user
 * actually started from. See docs/design-decisions/0001-live-path.md.
 */
final class TypedEdits {

    /** Called with the value the edit started from and the text now in the field. */
    interface Edit {
        void typed(String base, String value);
    }

    private static final String VALUE = "element.value";
    private static final String SEEN = "(element.__tashawurSeen || 0)";

    private final SeenValues seen = new SeenValues();
    private final Element element;
    /** What this screen saved last, as long as no other value has been shown in the field since. */
    private @Nullable String savedHere;

    TypedEdits(HasValue<?, String> field, Edit edit) {
        this.element = ((Component) field).getElement();
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                savedHere = null;
                tellBrowser(seen.shown(e.getValue() == null ? "" : e.getValue(), false));
            }
        });
        element.addEventListener("input", e -> typed(e.getEventData(), edit))
                .addEventData(VALUE).addEventData(SEEN).debounce(ItemFields.PAUSE_MS);
        element.addEventListener("change", e -> typed(e.getEventData(), edit))
                .addEventData(VALUE).addEventData(SEEN);
    }

    /** The user's own edit is now stored: it does not count as a change they missed. */
    void saved(String value) {
        savedHere = value;
        tellBrowser(seen.shown(value, true));
    }

    /** Makes the browser display {@code value}, whatever it showed after a network break. */
    void show(String value) {
        element.executeJs("if (this.value !== $0) { this.value = $0; }", value);
    }

    int latest() {
        return seen.latest();
    }

    private void typed(JsonObject data, Edit edit) {
        if (data.hasKey(VALUE)) {
            String value = data.getString(VALUE);
            // Leaving the field flushes the pause's event and sends the change event too: the
            // same text, already saved by the first, needs no second save.
            if (value.equals(savedHere)) {
                return;
            }
            int number = data.hasKey(SEEN) ? (int) data.getNumber(SEEN) : 0;
            edit.typed(seen.base(number), value);
        }
    }

    private void tellBrowser(int number) {
        element.executeJs("this.__tashawurSeen = $0", number);
    }
}
