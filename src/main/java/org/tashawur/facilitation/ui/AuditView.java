package org.tashawur.facilitation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.tashawur.base.ui.AppHeader;
import org.tashawur.base.ui.Formats;
import org.tashawur.consultation.AuditInfo;
import org.tashawur.consultation.AuditLog;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.MeetingInfo;
import org.tashawur.consultation.NotAllowedException;

/** The log of facilitator actions on one meeting, newest first. */
@Route("meeting/:meetingId/audit")
@RolesAllowed({"FACILITATOR", "REVIEWER", "ADMIN"})
class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final AuditLog audit;

    AuditView(ConsultationService consultations, AuditLog audit) {
        this.consultations = consultations;
        this.audit = audit;
        setPadding(false);
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
        Grid<AuditInfo> grid = new Grid<>();
        grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditInfo::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit." + e.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(AuditInfo::target).setHeader(getTranslation("audit.target")).setFlexGrow(1);
        grid.addColumn(e -> readable(e.action(), e.before())).setHeader(getTranslation("audit.before")).setFlexGrow(1);
        grid.addColumn(e -> readable(e.action(), e.after())).setHeader(getTranslation("audit.after")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addClassName("audit-grid");
        try {
            grid.setItems(audit.of(meeting.id()));
        } catch (NotAllowedException e) {
            event.forwardTo("");
            return;
        }
        String region = meeting.region().in(getLocale());
        Main main = new Main(new H1(getTranslation("audit.heading", region)), grid);
        main.addClassNames("page", "audit-page");
        add(new AppHeader(region), main);
    }

    /** Phases and answer statuses are stored as codes; people read them in their language. */
    private String readable(String action, @Nullable String value) {
        if (value == null) {
            return "";
        }
        if ("PHASE".equals(action)) {
            return getTranslation("phase." + value);
        }
        if ("PREMODERATION".equals(action)) {
            return getTranslation(Boolean.parseBoolean(value) ? "audit.on" : "audit.off");
        }
        if (("HIDE".equals(action) || "UNHIDE".equals(action)) && value.matches("[A-Z]+")) {
            return getTranslation("status." + value);
        }
        if ("ANSWER".equals(action)) {
            int dot = value.indexOf(" · ");
            String status = dot < 0 ? value : value.substring(0, dot);
            return getTranslation("answer." + status) + (dot < 0 ? "" : value.substring(dot));
        }
        return value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("audit.title");
    }
}
