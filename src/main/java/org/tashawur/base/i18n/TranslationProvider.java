package org.tashawur.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text a user sees, from {@code messages_ar/fr/en.properties}. Arabic is the first
 * language; a missing key shows as {@code !key!} and is logged (a test keeps bundles complete).
 * Every message is a {@link MessageFormat} pattern, so French uses the typographic apostrophe.
 */
@Component
public class TranslationProvider implements I18NProvider {

    /** Moroccan Arabic conventions: Western digits, as Moroccan administrations write them. */
    public static final Locale ARABIC = Locale.forLanguageTag("ar-MA");
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(ARABIC, FRENCH, ENGLISH);

    static final String BUNDLE = "messages";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return new MessageFormat(bundle(locale).getString(key), locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key + "!";
        }
    }

    /** The supported locale closest to {@code locale}; Arabic when none is. */
    public static Locale supported(Locale locale) {
        return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(ARABIC);
    }

    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
