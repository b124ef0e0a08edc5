package org.tashawur.live;

import com.vaadin.collaborationengine.CollaborationBinder;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.Duration;
import org.tashawur.participant.ParticipantRef;

/**
 * Fields of one item shared live between the screens that edit it: values as they are typed and
 * a highlight with the name of whoever is in a field. The form never writes to the database;
 * the screen where the user typed saves through the service.
 *
 * @param <F> a bean with one property per bound field; its values are simple types
 */
public final class LiveForm<F> {

    /** How long an item's shared state outlives its last editor; then the database is read again. */
    private static final Duration FORGET_AFTER = Duration.ofMinutes(2);

    private final CollaborationBinder<F> binder;

    public LiveForm(Class<F> type, ParticipantRef me) {
        binder = new CollaborationBinder<>(type, LiveUsers.of(me));
        binder.setExpirationTimeout(FORGET_AFTER);
    }

    public <V> void bind(HasValue<?, V> field, String property) {
        binder.bind(field, property);
    }

    /**
     * Shares the fields with everyone editing the item; {@code current} gives the stored values
     * when nobody else is editing it.
     */
    public void connect(long itemId, SerializableSupplier<F> current) {
        binder.setTopic(LiveTopics.item(itemId), current);
    }
}
