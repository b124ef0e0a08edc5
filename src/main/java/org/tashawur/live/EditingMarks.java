package org.tashawur.live;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.tashawur.participant.ParticipantRef;

/**
 * Who is editing which item and field in one meeting, shared between its screens. A screen's
 * marks vanish by themselves when the screen goes away.
 */
public final class EditingMarks {

    private static final String MAP = "editing";

    private final String key = UUID.randomUUID().toString();
    private final ParticipantRef me;
    private final Map<String, EditingMark> marks = new HashMap<>();
    private @Nullable CollaborationMap map;

    private EditingMarks(ParticipantRef me) {
        this.me = me;
    }

    /**
     * Joins the meeting's editing marks for as long as the owner is attached; {@code onItemChanged}
     * is called on the UI thread with the id of each item whose marks changed.
     */
    public static EditingMarks join(Component owner, ParticipantRef me, long meetingId,
            LongConsumer onItemChanged) {
        EditingMarks editing = new EditingMarks(me);
        CollaborationEngine.getInstance().openTopicConnection(owner, LiveTopics.meeting(meetingId),
                LiveUsers.of(me), connection -> {
                    editing.map = connection.getNamedMap(MAP);
                    return editing.map.subscribe(event -> {
                        EditingMark before = editing.marks.remove(event.getKey());
                        EditingMark after = event.getValue(EditingMark.class);
                        if (after != null) {
                            editing.marks.put(event.getKey(), after);
                            onItemChanged.accept(after.itemId());
                        }
                        if (before != null && (after == null || before.itemId() != after.itemId())) {
                            onItemChanged.accept(before.itemId());
                        }
                    });
                });
        return editing;
    }

    /** Tells the others that this screen now edits {@code field} of the item. */
    public void mark(long itemId, String field) {
        if (map != null) {
            map.put(key, new EditingMark(itemId, field, me.displayName(), LiveUsers.of(me).getColorIndex()),
                    EntryScope.CONNECTION);
        }
    }

    /** Tells the others that this screen edits nothing any more. */
    public void clear() {
        if (map != null) {
            map.remove(key);
        }
    }

    /** Everyone else's marks on one item. */
    public List<EditingMark> on(long itemId) {
        List<EditingMark> result = new ArrayList<>();
        marks.forEach((k, mark) -> {
            if (mark.itemId() == itemId && !k.equals(key)) {
                result.add(mark);
            }
        });
        return result;
    }
}
