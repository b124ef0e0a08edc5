package org.tashawur.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.tashawur.base.i18n.LanguageSwitcher;
import org.tashawur.base.security.CurrentUser;

/** The top bar of every screen: the name of the product, a title, extra pieces, the language. */
public class AppHeader extends Composite<Header> {

    private final Div extras = new Div();

    public AppHeader(String title) {
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("brand");
        Span heading = new Span(title);
        heading.addClassName("header-title");
        heading.getElement().setAttribute("dir", "auto");
        extras.addClassName("header-extras");
        getContent().addClassName("app-header");
        getContent().add(brand, heading, extras, accountControl(), new LanguageSwitcher());
    }

    /** The signed-in account's name with a sign-out button, or a sign-in link for facilitators. */
    private Component accountControl() {
        return CurrentUser.displayName().<Component>map(name -> {
            Span who = new Span(name);
            who.addClassName("account-name");
            Button signOut = new Button(getTranslation("account.signOut"), e -> VaadinService.getCurrent()
                    .getInstantiator().getOrCreate(AuthenticationContext.class).logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            signOut.addClassName("sign-out");
            Div account = new Div(who, signOut);
            account.addClassName("account");
            return account;
        }).orElseGet(() -> {
            Anchor signIn = new Anchor("login", getTranslation("account.signIn"));
            signIn.addClassName("sign-in");
            return signIn;
        });
    }

    public void addExtra(Component... components) {
        extras.add(components);
    }
}
