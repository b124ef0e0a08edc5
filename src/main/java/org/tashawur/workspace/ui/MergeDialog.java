package org.tashawur.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.tashawur.base.UserFacingException;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ItemQuery;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemStatus;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.SimilarItem;

/**
 * Picks the duplicates to merge into one item: the items whose titles read alike come first, a
 * search finds any other of the same part. Ticked items stay ticked while searching.
 */
class MergeDialog extends Dialog {

    private static final int SHOWN = 12;

    private final ItemService items;
    private final ParticipantRef me;
    private final ItemSummary target;
    private final CheckboxGroup<Long> candidates = new CheckboxGroup<>();
    private final Map<Long, String> titles = new LinkedHashMap<>();

    MergeDialog(ItemService items, ParticipantRef me, ItemSummary target, Consumer<List<Long>> merge) {
        this.items = items;
        this.me = me;
        this.target = target;
        setHeaderTitle(getTranslation("merge.title"));
        addClassName("merge-dialog");
        setWidth("min(36rem, 100vw)");
        Paragraph into = new Paragraph(getTranslation("merge.into", target.title()));
        into.getElement().setAttribute("dir", "auto");
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("merge.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addClassName("merge-search");
        search.addValueChangeListener(e -> find(e.getValue()));
        candidates.setLabel(getTranslation("merge.candidates"));
        candidates.addClassName("merge-candidates");
        candidates.setItemLabelGenerator(id -> titles.getOrDefault(id, "#" + id));
        add(into, search, candidates);
        Button confirm = new Button(getTranslation("merge.confirm"), e -> {
            try {
                merge.accept(List.copyOf(candidates.getValue()));
                close();
            } catch (UserFacingException ex) {
                candidates.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                candidates.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("merge-confirm");
        Button cancel = new Button(getTranslation("delete.cancel"), e -> close());
        getFooter().add(cancel, confirm);
        find("");
    }

    /** Similar items first (no search yet), or the items matching the search; ticked ones stay. */
    private void find(String text) {
        Set<Long> ticked = candidates.getValue();
        Map<Long, String> shown = new LinkedHashMap<>();
        ticked.forEach(id -> shown.put(id, titles.get(id)));
        boolean searching = text != null && !text.isBlank();
        if (searching) {
            ItemQuery query = ItemQuery.of(me.meetingId(), me.id(), target.kind()).withText(text);
            for (ItemSummary item : items.list(query, PageRequest.of(0, SHOWN))) {
                if (item.status() == ItemStatus.PUBLISHED) {
                    shown.putIfAbsent(item.id(), item.title());
                }
            }
        } else {
            for (SimilarItem similar : items.similarTo(me.meetingId(), target.title(), SHOWN + 1)) {
                if (similar.kind() == target.kind()) {
                    shown.putIfAbsent(similar.id(), similar.title());
                }
            }
        }
        shown.remove(target.id());
        candidates.setLabel(getTranslation(searching ? "merge.found" : "merge.candidates"));
        candidates.setHelperText(shown.isEmpty() ? getTranslation(searching ? "merge.noneFound" : "merge.noneSimilar") : null);
        titles.putAll(shown);
        candidates.setItems(List.copyOf(shown.keySet()));
        candidates.setValue(ticked);
    }
}
