package org.tashawur.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import org.tashawur.base.i18n.LanguageSwitcher;

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
        getContent().add(brand, heading, extras, new LanguageSwitcher());
    }

    public void addExtra(Component... components) {
        extras.add(components);
    }
}
