package org.tashawur.admin.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.tashawur.account.AccountInfo;
import org.tashawur.account.AccountService;
import org.tashawur.account.Role;
import org.tashawur.base.UserFacingException;
import org.tashawur.base.ui.Formats;
import org.tashawur.base.ui.Notices;

/**
 * The team's accounts (facilitators, reviewers, administrators): who they are, switched on or
 * off, a new password for someone who forgot theirs, and a form for a new account.
 */
class AccountsPanel extends Composite<Div> {

    private final AccountService accounts;
    private final Grid<AccountInfo> grid = new Grid<>();
    private final PasswordField newPassword = new PasswordField();

    AccountsPanel(AccountService accounts) {
        this.accounts = accounts;
        grid.addClassName("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(AccountInfo::username).setHeader(getTranslation("admin.username")).setAutoWidth(true);
        grid.addColumn(AccountInfo::displayName).setHeader(getTranslation("admin.displayName")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().messageKey())).setHeader(getTranslation("admin.role")).setAutoWidth(true);
        grid.addColumn(a -> Formats.date(a.createdAt().atZone(Formats.ZONE).toLocalDate(), getLocale()))
                .setHeader(getTranslation("admin.created")).setAutoWidth(true);
        grid.addComponentColumn(this::enabledToggle).setHeader(getTranslation("admin.enabled")).setAutoWidth(true);
        grid.addComponentColumn(this::resetButton).setHeader(getTranslation("admin.password")).setAutoWidth(true);
        newPassword.setLabel(getTranslation("admin.newPassword"));
        newPassword.setHelperText(getTranslation("admin.passwordRule", AccountInfo.PASSWORD_MIN));
        newPassword.addClassName("reset-password-field");
        getContent().addClassName("accounts-panel");
        getContent().add(grid, newPassword, createForm());
        refresh();
    }

    private Checkbox enabledToggle(AccountInfo account) {
        Checkbox enabled = new Checkbox(account.enabled());
        enabled.setAriaLabel(getTranslation("admin.enabled") + " " + account.username());
        enabled.addClassName("account-enabled");
        enabled.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(() -> accounts.setEnabled(account.username(), e.getValue()));
            }
        });
        return enabled;
    }

    private Button resetButton(AccountInfo account) {
        Button reset = new Button(getTranslation("admin.resetPassword"), e -> run(() -> {
            accounts.resetPassword(account.username(), newPassword.getValue());
            newPassword.clear();
        }));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("account-reset");
        return reset;
    }

    private Div createForm() {
        TextField username = new TextField(getTranslation("admin.username"));
        username.setMaxLength(AccountInfo.USERNAME_MAX);
        username.addClassName("account-username");
        TextField name = new TextField(getTranslation("admin.displayName"));
        name.setMaxLength(AccountInfo.NAME_MAX);
        name.getElement().setAttribute("dir", "auto");
        name.addClassName("account-name-field");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("admin.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        role.setValue(Role.FACILITATOR);
        role.addClassName("account-role");
        PasswordField password = new PasswordField(getTranslation("admin.password"));
        password.setHelperText(getTranslation("admin.passwordRule", AccountInfo.PASSWORD_MIN));
        password.addClassName("account-password");
        Button create = new Button(getTranslation("admin.createAccount"), e -> run(() -> {
            accounts.createAsAdministrator(username.getValue(), password.getValue(), name.getValue(), role.getValue());
            username.clear();
            name.clear();
            password.clear();
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-account");
        Div form = new Div(new H3(getTranslation("admin.newAccount")), username, name, role, password, create);
        form.addClassName("admin-form");
        return form;
    }

    private void run(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("admin.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UserFacingException e) {
            Notices.refused(this, e);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }
}
