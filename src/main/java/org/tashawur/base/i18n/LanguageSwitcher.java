package org.tashawur.base.i18n;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/**
 * Lets the user pick Arabic, French or English; the choice is remembered in the browser and the
 * page is drawn again in the new language and direction.
 */
public class LanguageSwitcher extends Composite<Select<Locale>> {

    public LanguageSwitcher() {
        Select<Locale> select = getContent();
        select.setItems(TranslationProvider.LOCALES);
        select.setItemLabelGenerator(l -> switch (l.getLanguage()) {
            case "fr" -> "Français";
            case "en" -> "English";
            default -> "العربية";
        });
        select.setValue(TranslationProvider.supported(UI.getCurrent().getLocale()));
        select.setAriaLabel(getTranslation("language.choose"));
        select.addClassName("language-switcher");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI ui = UI.getCurrent();
                LanguageInitializer.apply(ui, e.getValue());
                ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + ';path=/;max-age=31536000;SameSite=Lax'",
                        LanguageInitializer.COOKIE, e.getValue().getLanguage());
                ui.getPage().reload();
            }
        });
    }
}
