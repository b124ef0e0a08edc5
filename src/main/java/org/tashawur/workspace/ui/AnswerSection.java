package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.Notices;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.AnswerStatus;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSummary;

/**
 * The facilitator's official answer to a proposal. Unlike the item's own fields it is published
 * with a button: an official statement is deliberate, not saved keystroke by keystroke.
 */
class AnswerSection extends Composite<Div> {

    AnswerSection(ItemService items, ParticipantRef facilitator, ItemSummary item) {
        Select<AnswerStatus> status = new Select<>();
        status.setLabel(getTranslation("answer.status"));
        status.setItems(AnswerStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(item.answerStatus());
        status.addClassName("answer-status-field");
        TextArea text = new TextArea(getTranslation("answer.text"));
        text.setMaxLength(ItemSummary.DETAILS_MAX);
        text.setValue(item.answerText());
        text.setWidthFull();
        text.addClassName("answer-text-field");
        text.getElement().setAttribute("dir", "auto");
        Button publish = new Button(getTranslation("answer.publish"), e -> {
            try {
                items.answer(item.id(), status.getValue(), text.getValue(), facilitator);
                Notification.show(getTranslation("answer.published"), 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        publish.addClassName("answer-publish");
        getContent().addClassName("answer-section");
        getContent().add(new H4(getTranslation("answer.heading")), status, text, publish);
    }
}
