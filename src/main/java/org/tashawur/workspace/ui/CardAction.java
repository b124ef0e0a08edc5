package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Component;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.Notices;
import org.tashawur.workspace.ItemNotFoundException;

/** How a card's button runs its action: a refusal is shown, an item that vanished meanwhile leaves the list. */
final class CardAction {

    private CardAction() {
    }

    static void run(Component on, Runnable reloadList, Runnable action) {
        try {
            action.run();
        } catch (UserFacingException e) {
            Notices.refused(on, e);
        } catch (ItemNotFoundException e) {
            reloadList.run();
        }
    }
}
