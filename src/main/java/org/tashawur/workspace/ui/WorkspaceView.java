package org.tashawur.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tashawur.base.ui.AppHeader;
import org.tashawur.base.ui.Formats;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingAccess;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.Operation;
import org.tashawur.consultation.Phase;
import org.tashawur.facilitation.ui.PhaseBar;
import org.tashawur.live.MeetingSignals;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.live.EditingMarks;
import org.tashawur.live.MeetingPresence;
import org.tashawur.live.Presence;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.participant.ui.ParticipantSession;
import org.tashawur.workspace.CommentService;
import org.tashawur.workspace.DotVoteService;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemQuery;
import org.tashawur.workspace.ItemService;
import org.tashawur.workspace.ItemSignal;
import org.tashawur.workspace.ItemSummary;
import org.tashawur.workspace.SupportService;
import org.tashawur.workspace.ItemStatus;
import org.tashawur.workspace.MergeService;
import org.tashawur.workspace.ModerationCounts;
import org.tashawur.workspace.ModerationService;
import org.tashawur.facilitation.ui.MeetingSettingsBar;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;

/**
 * A meeting's live workspace: who is here, the two parts of the shared list with their counts,
 * filters, and every change by anyone shown as it is saved.
 */
@AnonymousAllowed
@Route("meeting/:meetingId")
class WorkspaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceView.class);

    private final ConsultationService consultations;
    private final ItemService items;
    private final ItemSignals signals;
    private final MeetingAccess access;
    private final MeetingSignals meetingSignals;
    private final ParticipantService participants;
    private final SupportService supports;
    private final DotVoteService votes;
    private final CommentService comments;
    private final ModerationService moderation;
    private final MergeService merges;
    private final Clock clock;
    private final MeetingPresence presence;
    private @Nullable AddItemBar addBar;
    private @Nullable ModerationActions moderationActions;
    private final Select<ItemQuery.Scope> scope = new Select<>();
    private ModerationCounts queue = new ModerationCounts(0, 0);
    private final Span queueNote = new Span();
    private @Nullable CardActions actions;
    private Runnable refilter = () -> { };
    private Phase currentPhase = Phase.COLLECTING;
    private @Nullable MeetingInfo meeting;
    private @Nullable ParticipantRef me;
    private @Nullable ItemList list;
    private @Nullable ItemEditor editor;
    private final Tab expectations = new Tab();
    private final Tab proposals = new Tab();

    WorkspaceView(ConsultationService consultations, ItemService items, ItemSignals signals, MeetingAccess access,
            MeetingSignals meetingSignals, ParticipantService participants, SupportService supports,
            DotVoteService votes, CommentService comments, ModerationService moderation, MergeService merges,
            Clock clock, MeetingPresence presence) {
        this.consultations = consultations;
        this.items = items;
        this.signals = signals;
        this.access = access;
        this.meetingSignals = meetingSignals;
        this.participants = participants;
        this.supports = supports;
        this.votes = votes;
        this.comments = comments;
        this.moderation = moderation;
        this.merges = merges;
        this.clock = clock;
        this.presence = presence;
        setPadding(false);
        setSpacing(false);
        addClassName("workspace-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<MeetingInfo> found = event.getRouteParameters().getLong("meetingId").flatMap(consultations::meeting);
        if (found.isEmpty()) {
            event.forwardTo("");
            return;
        }
        Optional<ParticipantRef> participant = ParticipantSession.restore(found.get().id(), participants);
        if (participant.isEmpty()) {
            event.forwardTo("meeting/" + found.get().id() + "/join");
            return;
        }
        if (meeting == null) {
            build(found.get(), participant.get());
        }
    }

    private void build(MeetingInfo meeting, ParticipantRef me) {
        this.meeting = meeting;
        this.me = me;
        ThemeNames themes = new ThemeNames(consultations.themes(meeting.consultationId()), getLocale());
        // Subscribe before the first read, so that no change falls between the two.
        signals.subscribe(this, me, this::onSignal);
        EditingMarks marks = EditingMarks.join(this, me, meeting.id(), itemId -> {
            if (list != null) {
                list.redraw(itemId);
            }
        });

        AppHeader header = new AppHeader(meeting.region().in(getLocale()) + " · "
                + Formats.date(meeting.heldOn(), getLocale()));
        Span identity = new Span(me.displayName() + " · " + me.organisation());
        identity.addClassName("identity");
        identity.getElement().setAttribute("dir", "auto");
        header.addExtra(Presence.avatars(presence, me), identity);

        Tabs parts = new Tabs(expectations, proposals);
        parts.addClassName("parts");
        expectations.setId("tab-expectations");
        proposals.setId("tab-proposals");

        TextField search = new TextField();
        search.setPlaceholder(getTranslation("filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("filter-search");
        Select<String> theme = new Select<>();
        theme.setItems(Stream.concat(Stream.of(""), themes.ids().stream()).toList());
        theme.setItemLabelGenerator(id -> id.isEmpty() ? getTranslation("filter.allThemes") : themes.name(id));
        theme.setValue("");
        theme.addClassName("filter-theme");
        theme.setAriaLabel(getTranslation("field.THEME"));
        Select<String> group = new Select<>();
        group.setItems(Stream.concat(Stream.of(""), Stream.of(StakeholderGroup.values()).map(Enum::name)).toList());
        group.setItemLabelGenerator(g -> g.isEmpty() ? getTranslation("filter.allGroups")
                : getTranslation(StakeholderGroup.valueOf(g).messageKey()));
        group.setValue("");
        group.addClassName("filter-group");
        group.setAriaLabel(getTranslation("filter.group"));
        Div filters = new Div(search, theme, group);
        filters.addClassName("filters");
        boolean staff = access.isStaff();
        if (staff) {
            queue = moderation.counts(meeting.id());
            scope.setItemLabelGenerator(option -> getTranslation(option.messageKey()));
            scope.setItems(ItemQuery.Scope.values());
            scope.setValue(ItemQuery.Scope.ALL);
            scope.addClassName("filter-scope");
            scope.setAriaLabel(getTranslation("scope.label"));
            queueNote.addClassName("moderation-queue");
            filters.add(scope, queueNote);
            showQueue();
        }

        AddItemBar add = new AddItemBar(items, me, themes,
                id -> items.find(id).ifPresent(item -> edit(item, themes, marks)));
        addBar = add;
        PhaseBar phaseBar = new PhaseBar(consultations, access, meetingSignals, me,
                consultations.phase(meeting.id()), this::applyPhase);
        ItemList itemList = new ItemList(items, ItemQuery.of(meeting.id(), me.id(), ItemKind.EXPECTATION),
                themes, marks, item -> edit(item, themes, marks), item -> {
                    if (actions != null) {
                        actions.delete(item);
                    }
                });
        list = itemList;
        RankNotice ranking = new RankNotice(itemList);
        CardActions cardActions = new CardActions(items, supports, votes, me, itemList::reload);
        actions = cardActions;
        moderationActions = new ModerationActions(moderation, merges, items, me, itemList::reload);
        MeetingSettingsBar settings = new MeetingSettingsBar(consultations, access, meetingSignals, clock, me,
                changed -> {
                    add.setPremoderated(changed.premoderation() && !staff);
                    cardActions.setBudget(changed.dotBudget());
                    cardActions.showDotsLeft(access.offers(Operation.VOTE, currentPhase, true));
                });
        add.setPremoderated(settings.settings().premoderation() && !staff);
        cardActions.setBudget(settings.settings().dotBudget());

        Runnable applyFilters = () -> {
            ItemKind kind = parts.getSelectedTab() == proposals ? ItemKind.PROPOSAL : ItemKind.EXPECTATION;
            add.setKind(kind);
            String t = theme.getValue();
            String g = group.getValue();
            itemList.show(ItemQuery.of(meeting.id(), me.id(), kind)
                    .withTheme(t == null || t.isEmpty() ? null : Long.valueOf(t))
                    .withGroup(g == null || g.isEmpty() ? null : StakeholderGroup.valueOf(g))
                    .withText(search.getValue())
                    .rankedByDots(currentPhase == Phase.PRIORITISATION)
                    .withScope(scope.getValue() == null ? ItemQuery.Scope.ALL : scope.getValue()));
        };
        refilter = applyFilters;
        parts.addSelectedChangeListener(e -> applyFilters.run());
        search.addValueChangeListener(e -> applyFilters.run());
        theme.addValueChangeListener(e -> applyFilters.run());
        group.addValueChangeListener(e -> applyFilters.run());
        scope.addValueChangeListener(e -> applyFilters.run());

        DiscussingBanner discussing = new DiscussingBanner(items, meetingSignals, me,
                consultations.discussing(meeting.id()).orElse(0L),
                access.offers(Operation.HIGHLIGHT_ITEM, phaseBar.phase(), true), itemList::setDiscussing);
        Main main = new Main(phaseBar, settings, discussing, parts, filters, add, cardActions, moderationActions,
                ranking, itemList);
        main.addClassName("workspace");
        add(header, main);
        setFlexGrow(1, main);
        setSizeFull();
        showCounts(items.countByKind(meeting.id()));
        applyPhase(phaseBar.phase());
    }

    /** What the phase lets this caller do, shown live; the services enforce the same rules. */
    private void applyPhase(Phase phase) {
        boolean reorder = (phase == Phase.PRIORITISATION) != (currentPhase == Phase.PRIORITISATION);
        currentPhase = phase;
        boolean canVote = access.offers(Operation.VOTE, phase, true);
        boolean canEdit = access.offers(Operation.EDIT_ITEM, phase, true);
        if (addBar != null) {
            addBar.setEnabled(access.offers(Operation.ADD_ITEM, phase, true));
        }
        if (list != null && actions != null) {
            actions.showDotsLeft(canVote);
            list.allow(canEdit, access.offers(Operation.DELETE_ITEM, phase, true));
            list.allowHighlight(access.offers(Operation.HIGHLIGHT_ITEM, phase, true), actions::discuss);
            list.supports(actions.supported(), access.offers(Operation.SUPPORT_ITEM, phase, true), actions::support);
            list.votes(actions.myDots(), canVote, actions::vote);
            if (moderationActions != null && me != null) {
                list.moderation(moderationActions, me.id(), access.isStaff(), access.offers(Operation.MERGE_ITEMS, phase, true),
                        access.offers(Operation.REPORT_ITEM, phase, true));
            }
            if (reorder) {
                refilter.run();
            }
        }
        if (editor != null) {
            editor.setAllowed(canEdit, access.offers(Operation.DELETE_ITEM, phase, true));
            editor.showComments(access.offers(Operation.COMMENT, phase, true));
        }
    }

    private void edit(ItemSummary item, ThemeNames themes, EditingMarks marks) {
        if (editor != null) {
            editor.close();
        }
        ParticipantRef current = me;
        if (current == null) {
            return;
        }
        ItemSummary stored = items.find(item.id(), current).orElse(item);
        ItemEditor opened = new ItemEditor(items, comments, current, marks, themes, stored);
        Phase phase = consultations.phase(current.meetingId());
        if (stored.status() == ItemStatus.HIDDEN && !access.isStaff()) {
            opened.lockHidden();
        }
        opened.setAllowed(access.offers(Operation.EDIT_ITEM, phase, true), access.offers(Operation.DELETE_ITEM, phase, true));
        if (item.kind() == ItemKind.PROPOSAL && access.offers(Operation.ANSWER_ITEM, phase, true)) {
            opened.addSection(new AnswerSection(items, current, stored));
        }
        opened.addSection(new OriginalsSection(merges, current, item.id(), access.offers(Operation.MERGE_ITEMS, phase, true)));
        if (access.offers(Operation.MODERATE, phase, true)) {
            opened.addSection(new ReportsSection(moderation, current, item.id()));
        }
        opened.showComments(access.offers(Operation.COMMENT, phase, true));
        opened.onHistory(() -> new HistoryDialog(items, current, item.id(), themes,
                access.offers(Operation.RESTORE_ITEM, consultations.phase(current.meetingId()), true)).open());
        opened.addOpenedChangeListener(e -> {
            if (!e.isOpened() && editor == opened) {
                editor = null;
            }
        });
        editor = opened;
        opened.open();
    }

    private void onSignal(ItemSignal signal) {
        log.debug("Signal of item {} version {} reached a screen", signal.itemId(), signal.version());
        ItemList current = list;
        MeetingInfo m = meeting;
        if (current == null || m == null) {
            return;
        }
        ParticipantRef viewer = me;
        boolean staff = access.isStaff();
        if (editor != null && editor.itemId() == signal.itemId()) {
            editor.onSignal(signal);
        }
        signal.counts().ifPresent(this::showCounts);
        if (staff) {
            signal.moderationCounts().ifPresent(counts -> {
                queue = counts;
                showQueue();
            });
        }
        if (signal.isModerated() && viewer != null && signal.authorId() == viewer.id() && !staff) {
            tellAuthor(signal);
        }
        if (signal.isCreated() || signal.isDeleted() || signal.isModerated()) {
            current.reload();
            return;
        }
        ItemSummary item = signal.item(m.id());
        boolean shown = current.wasShown(item.id());
        if (!shown && viewer != null && !item.visibleTo(viewer.id(), staff)) {
            return; // someone else's item awaiting approval, or hidden: not for this screen
        }
        ItemQuery query = current.query();
        boolean inThisPart = item.kind() == query.kind();
        // Without new counts the item stayed in its part (and was not reported): then only an
        // edit of a field this screen filters on can move it into or out of its list.
        boolean mayMove = signal.counts().isPresent() || signal.editedField().map(query::filtersOn).orElse(false);
        if (inThisPart && shown && !(query.isFiltered() && mayMove)) {
            current.update(item);
        } else if (shown || inThisPart && (mayMove || query.byDots() && !current.ranksAfterItsCards(item))) {
            // It may have entered or left this part, the filter or the ranked view: read the
            // visible page again. Otherwise an item this screen does not show stays out of view
            // (in a ranked list: it still ranks after every card the screen holds), and the list
            // is not read again (on every screen of the meeting, at every change).
            current.reload();
        }
    }

    /** The author hears what the facilitator did with their item. */
    private void tellAuthor(ItemSignal signal) {
        String message = switch (ItemStatus.valueOf(signal.status())) {
            case HIDDEN -> getTranslation("moderation.toldHidden", signal.title(), signal.hiddenReason());
            case MERGED -> getTranslation("moderation.toldMerged", signal.title());
            case PUBLISHED -> getTranslation("moderation.toldPublished", signal.title());
            case PENDING -> "";
        };
        if (!message.isEmpty()) {
            Notification notice = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
            notice.addClassName("moderation-notice");
        }
    }

    /** For facilitators: how many items wait for approval and how many are reported, when any. */
    private void showQueue() {
        queueNote.setVisible(queue.pending() + queue.reported() > 0);
        queueNote.setText(getTranslation("queue.counts", queue.pending(), queue.reported()));
    }

    private void showCounts(Map<ItemKind, Long> counts) {
        expectations.setLabel(getTranslation("part.EXPECTATION", counts.get(ItemKind.EXPECTATION)));
        proposals.setLabel(getTranslation("part.PROPOSAL", counts.get(ItemKind.PROPOSAL)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + (meeting == null ? "" : " · " + meeting.region().in(getLocale()));
    }
}
