package org.tashawur.live;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.tashawur.participant.ParticipantRef;

/**
 * Who is editing which item and field in one meeting, shared between its screens. A screen's
 * marks vanish by themselves when the screen goes away.
 */
public final class EditingMarks {

    private static final String MAP = "editing";
    private static final long MOVE_DELAY_MS = 300;

    private final String key = UUID.randomUUID().toString();
    private final ParticipantRef me;
    private final Map<String, EditingMark> marks = new HashMap<>();
    private @Nullable CollaborationMap map;
    /** What this screen last told the others (null: nothing, or cleared); UI thread only. */
    private @Nullable EditingMark mine;
    /**
     * Counts what this screen told or asked to tell; a delayed move or leave is only carried out
     * if nothing came after it.
     */
    private long moves;

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
                    editing.mine = null; // a new connection holds none of this screen's marks yet
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
        EditingMark mark = new EditingMark(itemId, field, me.displayName(), LiveUsers.of(me).getColorIndex());
        if (mark.equals(mine)) {
            return; // a save marks its field again: nothing new to tell, nothing waiting overtaken
        }
        moves++; // a move or a leave still waiting is overtaken
        if (map != null) {
            mine = mark;
            map.put(key, mark, EntryScope.CONNECTION);
        }
    }

    /**
     * Like {@link #mark}, when the focus arrives in a field. Moving from one field of an item to
     * another is told {@value #MOVE_DELAY_MS} ms later, on {@code ui}, unless something else was
     * told meanwhile: the change a participant made when leaving the previous field (its text,
     * saved as they left it) reaches the others first and alone, and tabbing through several
     * fields redraws the card on every screen once, not once per field. Arriving in an item is
     * told at once.
     */
    public void moveTo(@Nullable UI ui, long itemId, String field) {
        EditingMark current = mine;
        if (ui == null || current == null || current.itemId() != itemId) {
            mark(itemId, field);
            return;
        }
        long move = ++moves;
        CompletableFuture.delayedExecutor(MOVE_DELAY_MS, TimeUnit.MILLISECONDS).execute(() -> {
            try {
                ui.access(() -> {
                    if (move == moves) {
                        mark(itemId, field);
                    }
                });
            } catch (UIDetachedException closed) {
                // the screen went away meanwhile, and its marks with it
            }
        });
    }

    /**
     * The focus left a field: this screen's mark goes once {@code ui}'s request is handled,
     * unless something else was told meanwhile. Moving to the next field of the editor (blur,
     * then focus, in one request) so moves the mark on the others' cards in one change, instead
     * of clearing it and setting it again a few ms later (a blink, and one more redraw of the
     * card on every screen).
     */
    public void leave(@Nullable UI ui) {
        if (ui == null) {
            clear();
            return;
        }
        long told = moves;
        ui.beforeClientResponse(ui, context -> {
            if (told == moves) {
                clear();
            }
        });
    }

    /** Tells the others that this screen edits nothing any more. */
    public void clear() {
        moves++;
        mine = null;
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
