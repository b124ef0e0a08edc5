package org.tashawur.workspace.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.Formats;
import org.tashawur.base.ui.Notices;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.workspace.ModerationService;
import org.tashawur.workspace.ReportInfo;

/** For facilitators: who reported the item and why, and a button that closes unfounded reports. */
class ReportsSection extends Composite<Div> {

    private final ModerationService moderation;
    private final ParticipantRef me;
    private final long itemId;
    private final Div list = new Div();

    ReportsSection(ModerationService moderation, ParticipantRef me, long itemId) {
        this.moderation = moderation;
        this.me = me;
        this.itemId = itemId;
        getContent().addClassName("reports-section");
        Button dismiss = new Button(getTranslation("report.dismiss"), e -> {
            try {
                moderation.dismissReports(itemId, me);
                refresh();
            } catch (UserFacingException ex) {
                Notices.refused(this, ex);
            }
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        dismiss.addClassName("reports-dismiss");
        getContent().add(new H4(getTranslation("report.heading")), list, dismiss);
        refresh();
    }

    /** Reads the reports again when the item now counts another number of them than shown. */
    void follow(int count) {
        if (count != list.getComponentCount()) { // one entry per report shown
            refresh();
        }
    }

    void refresh() {
        list.removeAll();
        var reports = moderation.reports(itemId, me);
        setVisible(!reports.isEmpty());
        for (ReportInfo report : reports) {
            Div entry = new Div();
            entry.setText(report.participantName() + " · " + Formats.dateTime(report.at(), getLocale())
                    + (report.reason().isEmpty() ? "" : " · " + report.reason()));
            entry.addClassName("report");
            entry.getElement().setAttribute("dir", "auto");
            list.add(entry);
        }
    }
}
