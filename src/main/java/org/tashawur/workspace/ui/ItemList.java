package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.ui.Formats;
import org.tashawur.live.EditingMark;
import org.tashawur.live.EditingMarks;
import org.tashawur.workspace.AnswerStatus;
import org.tashawur.workspace.ItemField;
import org.tashawur.workspace.ItemQuery;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemStatus;
import org.tashawur.workspace.ItemSummary;

/**
 * The list of one part of the meeting, rendered lazily: only the cards in view exist in the
 * browser, and the server fetches them a page at a time. Texts are bound as text, never as HTML.
 * The browser draws a card as soon as it knows the item is there, before its data arrives; such
 * a card is marked busy and shows no buttons, which would act on no item.
 */
class ItemList extends Composite<VirtualList<ItemSummary>> {

    /**
     * Items fetched or updated since the list was last read, at their latest values: the cards
     * the browser holds, to redraw one when its editing marks change. Bounded near what one
     * screen shows (a page of 50 plus scrolling), because every participant's screen holds its
     * own copies.
     */
    private static final int RECENT = 100;

    private static final String CARD = """
            <article class="item-card status-${item.status} ${item.discussing ? 'discussing' : ''}" data-id="${item.id}"
                aria-busy="${item.id ? 'false' : 'true'}">
              <div class="moderation-note" ?hidden=${!item.statusNote} dir="auto">${item.statusNote}</div>
              <div class="item-meta" ?hidden=${!item.id}>
                <span class="chip theme" ?hidden=${!item.theme} dir="auto">${item.theme}</span>
                <span class="chip group">${item.group}</span>
                <span class="editing user-color-${item.editColor}" ?hidden=${!item.editing}>✎ ${item.editing}</span>
              </div>
              <h3 class="item-title" dir="auto">${item.title}</h3>
              <p class="item-details" dir="auto" ?hidden=${!item.details}>${item.details}</p>
              <div class="answer answer-${item.answerStatus}" ?hidden=${!item.answered}>
                <span class="answer-badge">${item.answerLabel}</span>
                <span class="answer-text" dir="auto">${item.answerText}</span>
              </div>
              <div class="item-foot" ?hidden=${!item.id}>
                <span class="item-author" dir="auto">${item.author}</span>
                <span class="item-time" title="${item.created}">${item.changed}</span>
                <vaadin-button class="support" theme="${item.supported ? 'primary small' : 'small'}"
                    ?disabled=${!item.canSupport} title="{{support}}" aria-pressed="${item.supported}"
                    @click=${support}>▲ ${item.supports}</vaadin-button>
                <span class="dots" ?hidden=${!item.showDots}>
                  <span class="dot-tally" title="{{dots}}">● ${item.dots}</span>
                  <vaadin-button class="dot-minus" theme="small tertiary" ?hidden=${!item.canVote}
                      ?disabled=${item.myDots === 0} @click=${dotMinus}>−</vaadin-button>
                  <span class="my-dots" ?hidden=${!item.canVote}>${item.myDots}</span>
                  <vaadin-button class="dot-plus" theme="small tertiary" ?hidden=${!item.canVote}
                      @click=${dotPlus}>+</vaadin-button>
                </span>
                <span class="comment-count" ?hidden=${!item.comments} title="{{comments}}">💬 ${item.comments}</span>
                <span class="merged-count" ?hidden=${!item.merged} title="${item.mergedLabel}">⧉ ${item.merged}</span>
                <span class="report-count" ?hidden=${!item.reportsShown} title="${item.reportsLabel}">⚑ ${item.reports}</span>
                <span class="item-actions">
                  <vaadin-button class="approve" theme="primary small" ?hidden=${!item.canApprove} @click=${approve}>{{approve}}</vaadin-button>
                  <vaadin-button class="unhide" theme="small" ?hidden=${!item.canUnhide} @click=${unhide}>{{unhide}}</vaadin-button>
                  <vaadin-button class="hide" theme="tertiary small" ?hidden=${!item.canHide} @click=${hide}>{{hide}}</vaadin-button>
                  <vaadin-button class="merge" theme="tertiary small" ?hidden=${!item.canMerge} @click=${merge}>{{merge}}</vaadin-button>
                  <vaadin-button class="report" theme="tertiary small" ?hidden=${!item.canReport} ?disabled=${item.reported}
                      title="{{report}}" aria-label="{{report}}" @click=${report}>⚑</vaadin-button>
                  <vaadin-button class="discuss" theme="tertiary small" ?hidden=${!item.canHighlight} @click=${discuss}>{{discuss}}</vaadin-button>
                  <vaadin-button class="edit" theme="tertiary small" @click=${edit}>${item.editLabel}</vaadin-button>
                  <vaadin-button class="delete" theme="tertiary small error" ?hidden=${!item.canDelete} @click=${remove}>{{delete}}</vaadin-button>
                </span>
              </div>
            </article>
            """;

    /**
     * The card template with this screen's fixed labels written into it, so that a card's update
     * carries only what can change (a push message for one card went from about 2.3 to 1.85 KB:
     * less to build, send and compare on every screen at every change). Labels are escaped as
     * HTML character references, which also keeps them from ending or entering the template
     * literal Lit compiles the template into.
     */
    static String card(Map<String, String> labels) {
        String card = CARD;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            card = card.replace("{{" + label.getKey() + "}}", escaped(label.getValue()));
        }
        if (card.contains("{{")) {
            throw new IllegalArgumentException("A label of the card template has no text: " + card);
        }
        return card;
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if ("&<>\"'`\\$".indexOf(c) >= 0) {
                out.append("&#").append(c).append(';');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private final ItemService items;
    private final CallbackDataProvider<ItemSummary, Void> provider;
    private final Map<Long, ItemSummary> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ItemSummary> eldest) {
            return size() > RECENT;
        }
    };
    private final FetchedFromTop fromTop = new FetchedFromTop();
    private Runnable onRedrawn = () -> { };
    private final Consumer<ItemSummary> onEdit;
    private final Consumer<ItemSummary> onDelete;
    private ItemQuery query;
    private boolean canEdit = true;
    private boolean canDelete = true;
    private boolean canHighlight;
    private long discussingId;
    private Consumer<ItemSummary> onDiscuss = item -> { };
    private Consumer<ItemSummary> onSupport = item -> { };
    private Set<Long> supported = Set.of();
    private boolean canSupport;
    private Map<Long, Integer> myDots = Map.of();
    private boolean canVote;
    private BiConsumer<ItemSummary, Integer> onVote = (item, delta) -> { };
    private long meId;
    private boolean staff;
    private boolean canMerge;
    private boolean canReport;
    private Set<Long> reported = Set.of();
    private @Nullable ModerationActions moderation;

    ItemList(ItemService items, ItemQuery initial, ThemeNames themes, EditingMarks marks,
            Consumer<ItemSummary> onEdit, Consumer<ItemSummary> onDelete) {
        this.items = items;
        this.query = initial;
        this.onEdit = onEdit;
        this.onDelete = onDelete;
        provider = new CallbackDataProvider<>(
                q -> {
                    List<ItemSummary> page = items.list(query, VaadinSpringDataHelpers.toSpringPageRequest(q));
                    page.forEach(i -> recent.put(i.id(), i));
                    fromTop.fetched(q.getOffset(), page);
                    return page.stream();
                },
                q -> (int) items.count(query),
                ItemSummary::id);
        Locale locale = getLocale();
        String editLabel = getTranslation("item.edit");
        String openLabel = getTranslation("item.open");
        VirtualList<ItemSummary> list = getContent();
        list.addClassName("item-list");
        list.setRenderer(LitRenderer.<ItemSummary>of(card(Map.of(
                        "delete", getTranslation("item.delete"),
                        "discuss", getTranslation("discussing.start"),
                        "support", getTranslation("item.support"),
                        "dots", getTranslation("dots.tally"),
                        "comments", getTranslation("comments.heading"),
                        "approve", getTranslation("moderation.approve"),
                        "hide", getTranslation("moderation.hide"),
                        "unhide", getTranslation("moderation.unhide"),
                        "merge", getTranslation("merge.action"),
                        "report", getTranslation("report.action"))))
                .withProperty("id", ItemSummary::id)
                .withProperty("title", ItemSummary::title)
                .withProperty("details", ItemSummary::details)
                .withProperty("theme", i -> themes.name(i.themeId()))
                .withProperty("group", i -> getTranslation(i.authorGroup().messageKey()))
                .withProperty("author", ItemSummary::authorName)
                .withProperty("created", i -> getTranslation("item.created", Formats.dateTime(i.createdAt(), locale)))
                .withProperty("changed", i -> Formats.dateTime(i.updatedAt(), locale))
                .withProperty("editing", i -> editing(marks.on(i.id())))
                .withProperty("editColor", i -> marks.on(i.id()).stream().findFirst()
                        .map(EditingMark::colorIndex).orElse(0))
                .withProperty("editLabel", i -> canEdit && writable(i) ? editLabel : openLabel)
                .withProperty("canEdit", i -> canEdit)
                .withProperty("canDelete", i -> canDelete && writable(i))
                .withProperty("canHighlight", i -> canHighlight && i.id() != discussingId && i.status() == ItemStatus.PUBLISHED)
                .withProperty("discussing", i -> i.id() == discussingId)
                .withProperty("supports", ItemSummary::supports)
                .withProperty("dots", ItemSummary::dots)
                .withProperty("comments", ItemSummary::comments)
                .withProperty("myDots", i -> myDots.getOrDefault(i.id(), 0))
                .withProperty("canVote", i -> canVote && i.status() == ItemStatus.PUBLISHED)
                .withProperty("showDots", i -> canVote || i.dots() > 0)
                .withProperty("answered", i -> i.answerStatus() != AnswerStatus.NOT_ANSWERED)
                .withProperty("answerStatus", i -> i.answerStatus().name())
                .withProperty("answerLabel", i -> getTranslation(i.answerStatus().messageKey()))
                .withProperty("answerText", ItemSummary::answerText)
                .withProperty("supported", i -> supported.contains(i.id()))
                .withProperty("canSupport", i -> canSupport && i.status() == ItemStatus.PUBLISHED)
                .withProperty("status", i -> i.status().name())
                .withProperty("statusNote", this::statusNote)
                .withProperty("merged", ItemSummary::merged)
                .withProperty("mergedLabel", i -> getTranslation("merge.count", i.merged()))
                .withProperty("reports", ItemSummary::reports)
                .withProperty("reportsShown", i -> staff && i.reports() > 0)
                .withProperty("reportsLabel", i -> getTranslation("report.count", i.reports()))
                .withProperty("canApprove", i -> staff && i.status() == ItemStatus.PENDING)
                .withProperty("canHide", i -> staff && i.status() != ItemStatus.HIDDEN)
                .withProperty("canUnhide", i -> staff && i.status() == ItemStatus.HIDDEN)
                .withProperty("canMerge", i -> canMerge && i.status() == ItemStatus.PUBLISHED)
                .withProperty("canReport", i -> canReport && !staff && i.status() == ItemStatus.PUBLISHED && i.authorId() != meId)
                .withProperty("reported", i -> reported.contains(i.id()))
                .withFunction("approve", i -> withModeration(m -> m.approve(i)))
                .withFunction("hide", i -> withModeration(m -> m.hide(i)))
                .withFunction("unhide", i -> withModeration(m -> m.unhide(i)))
                .withFunction("merge", i -> withModeration(m -> m.merge(i)))
                .withFunction("report", i -> withModeration(m -> m.report(i)))
                .withFunction("edit", this::edit)
                .withFunction("remove", this::delete)
                .withFunction("discuss", this::discuss)
                .withFunction("support", i -> onSupport.accept(i))
                .withFunction("dotPlus", i -> onVote.accept(i, 1))
                .withFunction("dotMinus", i -> onVote.accept(i, -1)));
        list.setDataProvider(provider);
    }

    /**
     * The moderation buttons for this viewer: facilitators approve, hide, show again and merge
     * (merging only while the phase allows it); participants report others' items.
     */
    void moderation(ModerationActions actions, long viewerId, boolean isStaff, boolean mergeAllowed,
            boolean reportAllowed) {
        moderation = actions;
        meId = viewerId;
        reported = actions.reported();
        if (isStaff != staff || mergeAllowed != canMerge || reportAllowed != canReport) {
            staff = isStaff;
            canMerge = mergeAllowed;
            canReport = reportAllowed;
            reload();
        }
    }

    /** What a card's moderation button does ("approve", "hide", "unhide", "merge", "report"). */
    void moderate(String action, ItemSummary item) {
        withModeration(m -> {
            switch (action) {
                case "approve" -> m.approve(item);
                case "hide" -> m.hide(item);
                case "unhide" -> m.unhide(item);
                case "merge" -> m.merge(item);
                case "report" -> m.report(item);
                default -> throw new IllegalArgumentException(action);
            }
        });
    }

    private void withModeration(Consumer<ModerationActions> action) {
        if (moderation != null) {
            action.accept(moderation);
        }
    }

    /** A hidden item is the facilitators' to change; its author reads it. */
    private boolean writable(ItemSummary item) {
        return staff || item.status() != ItemStatus.HIDDEN;
    }

    /** "Awaiting approval" or "Hidden: reason", for the author and the facilitators; empty otherwise. */
    private String statusNote(ItemSummary item) {
        return switch (item.status()) {
            case PENDING -> getTranslation("status.PENDING");
            case HIDDEN -> getTranslation("status.HIDDEN", item.hiddenReason());
            default -> "";
        };
    }

    /** What the card's Edit button does. */
    void edit(ItemSummary item) {
        onEdit.accept(item);
    }

    /** What the card's Delete button does. */
    void delete(ItemSummary item) {
        onDelete.accept(item);
    }

    /** Edit or only open (read-only) from the cards, and show or hide Delete (the phase changed). */
    void allow(boolean edit, boolean delete) {
        if (edit != canEdit || delete != canDelete) {
            canEdit = edit;
            canDelete = delete;
            reload();
        }
    }

    /** Offers facilitators the "discuss now" button on each card. */
    void allowHighlight(boolean allowed, Consumer<ItemSummary> discuss) {
        onDiscuss = discuss;
        if (allowed != canHighlight) {
            canHighlight = allowed;
            reload();
        }
    }

    /** The items this participant supports, and whether the phase lets them support now. */
    void supports(Set<Long> mine, boolean allowed, Consumer<ItemSummary> support) {
        onSupport = support;
        supported = mine;
        if (allowed != canSupport) {
            canSupport = allowed;
            reload();
        }
    }

    /** This participant's dots by item, and whether they may vote now. */
    void votes(Map<Long, Integer> mine, boolean allowed, BiConsumer<ItemSummary, Integer> vote) {
        onVote = vote;
        myDots = mine;
        if (allowed != canVote) {
            canVote = allowed;
            reload();
        }
    }

    /** What a card's + (1) or − (-1) dot button does. */
    void vote(ItemSummary item, int delta) {
        onVote.accept(item, delta);
    }

    /** What a card's "discuss now" button does. */
    void discuss(ItemSummary item) {
        onDiscuss.accept(item);
    }

    /** What a card's support button does. */
    void support(ItemSummary item) {
        onSupport.accept(item);
    }

    /** Marks the card being discussed now (0: none). */
    void setDiscussing(long itemId) {
        if (itemId != discussingId) {
            discussingId = itemId;
            reload();
        }
    }

    ItemQuery query() {
        return query;
    }

    void show(ItemQuery newQuery) {
        query = newQuery;
        reload();
    }

    /**
     * Reads the list again (an item was added, removed or left the filter; the sort or what a
     * card shows changed): the browser drops its cards and asks for those in view, so the screen
     * no longer holds any card until they come, in another order if the sort changed.
     */
    void reload() {
        recent.clear();
        fromTop.forget();
        provider.refreshAll();
        onRedrawn.run();
    }

    /** Draws one item again from the given values, leaving every other card alone. */
    void update(ItemSummary item) {
        recent.put(item.id(), item);
        provider.refreshItem(item);
        onRedrawn.run();
    }

    /** Runs {@code listener} after the list is read again or a card is redrawn in place. */
    void onRedrawn(Runnable listener) {
        onRedrawn = listener;
    }

    /** Draws an item again if it was shown lately (its editing marks changed). */
    void redraw(long itemId) {
        Optional.ofNullable(recent.get(itemId)).ifPresent(provider::refreshItem);
    }

    /** Whether this screen drew the item lately (it holds its card). */
    boolean wasShown(long itemId) {
        return recent.containsKey(itemId);
    }

    /**
     * Whether, in a list ranked by dots, the item now ranks after every card this screen holds,
     * so that it stays out of view: true only when the screen holds the top of the list without
     * a gap and knows each of those cards' latest tallies.
     */
    boolean ranksAfterItsCards(ItemSummary item) {
        return fromTop.ranksAfterAll(item, recent);
    }

    /**
     * In a list ranked by dots: whether its cards are no longer in ranking order, because votes
     * changed cards it shows and each was redrawn in place.
     */
    boolean rankingOutOfDate() {
        return query.byDots() && !fromTop.inRankingOrder(recent);
    }

    private String editing(List<EditingMark> marks) {
        return marks.stream()
                .map(m -> m.userName() + " · " + getTranslation(ItemField.valueOf(m.field()).messageKey()))
                .collect(Collectors.joining(getTranslation("list.separator")));
    }
}
