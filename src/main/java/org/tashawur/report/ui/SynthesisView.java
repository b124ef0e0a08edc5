package org.tashawur.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.AppHeader;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.consultation.ThemeInfo;
import org.tashawur.report.Synthesis;
import org.tashawur.report.SynthesisService;

/** Across the regional meetings of a consultation: counts, charts, top proposals, recurring expectations. */
@Route("consultation/:consultationId/synthesis")
@RolesAllowed({"FACILITATOR", "REVIEWER", "ADMIN"})
class SynthesisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SynthesisService syntheses;
    private @Nullable Synthesis synthesis;

    SynthesisView(SynthesisService syntheses) {
        this.syntheses = syntheses;
        setPadding(false);
        addClassName("synthesis-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("consultationId").orElse(null);
        Synthesis found;
        try {
            found = id == null ? null : syntheses.of(id);
        } catch (UserFacingException e) {
            found = null;
        }
        if (found == null) {
            event.forwardTo("");
            return;
        }
        synthesis = found;
        Synthesis read = found;
        removeAll();
        Locale locale = getLocale();
        long consultationId = found.consultationId();
        Anchor pdf = download(getTranslation("synthesis.pdf"), "tashawur-synthesis-" + locale.getLanguage() + ".pdf",
                "application/pdf", () -> syntheses.pdf(consultationId, locale));
        pdf.addClassName("download-synthesis-pdf");
        Div downloads = new Div(pdf);
        downloads.addClassName("downloads");
        Main main = new Main(new H1(getTranslation("synthesis.heading", found.title().in(locale))),
                new Paragraph(getTranslation("synthesis.summary", found.meetings().size(), found.total())), downloads,
                new H2(getTranslation("synthesis.byThemeAndRegion")), themeTable(found, locale),
                chart("synthesis-themes", () -> syntheses.themeChart(read, locale)),
                new H2(getTranslation("synthesis.byGroup")),
                chart("synthesis-groups", () -> syntheses.groupChart(read, locale)),
                new H2(getTranslation("synthesis.top")), topList(found, locale),
                new H2(getTranslation("synthesis.recurring")), new Paragraph(getTranslation("synthesis.recurringHow")),
                recurring(found, locale));
        main.addClassNames("page", "synthesis-page");
        add(new AppHeader(getTranslation("synthesis.title")), main);
    }

    private NativeTable themeTable(Synthesis s, Locale locale) {
        NativeTable table = new NativeTable();
        table.addClassName("synthesis-table");
        NativeTableBody body = new NativeTableBody();
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("field.THEME")));
        for (MeetingInfo meeting : s.meetings()) {
            head.add(new NativeTableHeaderCell(meeting.region().in(locale)));
        }
        body.add(head);
        for (ThemeInfo theme : s.themes()) {
            body.add(row(theme.name().in(locale), theme.id(), s));
        }
        body.add(row(getTranslation("theme.none"), null, s));
        table.add(body);
        return table;
    }

    private NativeTableRow row(String label, @Nullable Long themeId, Synthesis s) {
        NativeTableRow row = new NativeTableRow(new NativeTableCell(label));
        for (MeetingInfo meeting : s.meetings()) {
            NativeTableCell cell = new NativeTableCell(Long.toString(s.count(themeId, meeting.id())));
            cell.addClassName("n");
            row.add(cell);
        }
        return row;
    }

    private UnorderedList topList(Synthesis s, Locale locale) {
        UnorderedList list = new UnorderedList();
        list.addClassName("synthesis-top");
        for (Synthesis.Placed placed : s.topProposals()) {
            ListItem item = new ListItem(placed.item().title() + " — " + placed.meeting().region().in(locale) + " · ▲ "
                    + placed.item().supports() + " · ● " + placed.item().dots());
            item.getElement().setAttribute("dir", "auto");
            list.add(item);
        }
        if (s.topProposals().isEmpty()) {
            list.add(new ListItem(getTranslation("synthesis.noTop")));
        }
        return list;
    }

    private Div recurring(Synthesis s, Locale locale) {
        Div groups = new Div();
        groups.addClassName("synthesis-recurring");
        for (Synthesis.Recurring group : s.recurring()) {
            Span title = new Span(group.representative().title());
            title.addClassName("recurring-title");
            title.getElement().setAttribute("dir", "auto");
            UnorderedList members = new UnorderedList();
            for (Synthesis.Placed member : group.members()) {
                ListItem li = new ListItem(member.item().title() + " — " + member.meeting().region().in(locale));
                li.getElement().setAttribute("dir", "auto");
                members.add(li);
            }
            Div block = new Div(title, new Span(" · " + getTranslation("synthesis.regions", group.regions())), members);
            block.addClassName("recurring-group");
            groups.add(block);
        }
        if (s.recurring().isEmpty()) {
            groups.add(new Paragraph(getTranslation("synthesis.noRecurring")));
        }
        return groups;
    }

    private Image chart(String cssClass, Supplier<byte[]> png) {
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = png.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), cssClass + ".png", "image/png", bytes.length);
        }), getTranslation("synthesis.chartAlt"));
        image.addClassNames("synthesis-chart", cssClass);
        return image;
    }

    private Anchor download(String label, String fileName, String type, Supplier<byte[]> make) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = make.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), label);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("synthesis.title");
    }
}
