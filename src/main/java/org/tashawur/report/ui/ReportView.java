package org.tashawur.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.AppHeader;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.report.ReportService;
import org.tashawur.transfer.MeetingTransfer;

/** A meeting's report as PDF and its items as CSV and XLSX, in the language of the page. */
@Route("meeting/:meetingId/report")
@RolesAllowed({"FACILITATOR", "REVIEWER", "ADMIN"})
class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ReportView.class);

    private final ConsultationService consultations;
    private final ReportService reports;

    private final MeetingTransfer transfer;

    ReportView(ConsultationService consultations, ReportService reports, MeetingTransfer transfer) {
        this.consultations = consultations;
        this.reports = reports;
        this.transfer = transfer;
        setPadding(false);
        addClassName("report-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MeetingInfo meeting = event.getRouteParameters().getLong("meetingId").flatMap(consultations::meeting)
                .orElse(null);
        if (meeting == null) {
            event.forwardTo("");
            return;
        }
        removeAll();
        Locale locale = getLocale();
        String region = meeting.region().in(locale);
        String base = "tashawur-" + meeting.code() + "-" + locale.getLanguage();
        Div downloads = new Div(
                download("report.pdf", base + ".pdf", "application/pdf", reports::pdf, meeting, "download-pdf"),
                download("report.csv", base + ".csv", "text/csv; charset=UTF-8", reports::csv, meeting, "download-csv"),
                download("report.xlsx", base + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", reports::xlsx, meeting,
                        "download-xlsx"),
                download("transfer.export", "tashawur-" + meeting.code() + ".json", "application/json",
                        (id, l) -> transfer.export(id), meeting, "download-json"));
        downloads.addClassName("downloads");
        Main main = new Main(new H1(getTranslation("report.title") + " · " + region),
                new Paragraph(getTranslation("report.intro")),
                new Paragraph(getTranslation("report.language", locale.getDisplayLanguage(locale))), downloads);
        main.addClassNames("page", "report-page");
        add(new AppHeader(region), main);
    }

    private Anchor download(String labelKey, String fileName, String type,
            BiFunction<Long, Locale, byte[]> make, MeetingInfo meeting, String cssClass) {
        Locale locale = getLocale();
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = make.apply(meeting.id(), locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
            } catch (UserFacingException e) {
                return DownloadResponse.error(403, e.getMessage());
            } catch (RuntimeException e) {
                log.error("Could not make {} for meeting {}", fileName, meeting.id(), e);
                return DownloadResponse.error(500, e);
            }
        }), getTranslation(labelKey));
        anchor.addClassName(cssClass);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("report.title");
    }
}
