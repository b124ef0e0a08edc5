package org.tashawur.admin.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tashawur.account.AccountService;
import org.tashawur.base.ui.AppHeader;
import org.tashawur.consultation.SetupService;
import org.tashawur.transfer.MeetingTransfer;

/** Administration: consultations with their themes and meetings, and the accounts of the team. */
@Route("admin")
@RolesAllowed("ADMIN")
class AdminView extends VerticalLayout implements HasDynamicTitle {

    AdminView(SetupService setup, AccountService accounts, MeetingTransfer transfer) {
        setPadding(false);
        addClassName("admin-view");
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("admin.consultations"), new ConsultationsPanel(setup));
        tabs.add(getTranslation("admin.accounts"), new AccountsPanel(accounts));
        tabs.add(getTranslation("transfer.importTab"), new ImportPanel(transfer));
        tabs.setWidthFull();
        Main main = new Main(new H1(getTranslation("admin.title")), tabs);
        main.addClassNames("page", "admin-page");
        add(new AppHeader(getTranslation("admin.title")), main);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("admin.title");
    }
}
