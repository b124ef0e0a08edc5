package org.tashawur.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Gives every new screen its language and direction: {@code ?lang=} in the address, else the
 * language chosen before (a cookie), else Arabic. Arabic pages are laid out right to left.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    static final String COOKIE = "tashawur-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale locale = chosen(VaadinRequest.getCurrent());
            VaadinSession session = ui.getSession();
            if (locale == null) {
                locale = session.getAttribute(Locale.class) != null
                        ? session.getAttribute(Locale.class) : TranslationProvider.ARABIC;
            }
            apply(ui, locale);
        });
    }

    /** Switches the screen (and the session's later screens) to the locale. */
    static void apply(UI ui, Locale locale) {
        Locale supported = TranslationProvider.supported(locale);
        ui.getSession().setAttribute(Locale.class, supported);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        ui.setDirection(TranslationProvider.isRightToLeft(supported)
                ? com.vaadin.flow.component.Direction.RIGHT_TO_LEFT
                : com.vaadin.flow.component.Direction.LEFT_TO_RIGHT);
        Page page = ui.getPage();
        page.executeJs("document.documentElement.lang = $0", supported.getLanguage());
    }

    private static @Nullable String fromQuery(@Nullable String query) {
        if (query == null) {
            return null;
        }
        return QueryParameters.fromString(query).getSingleParameter("lang").orElse(null);
    }

    private static @Nullable Locale chosen(@Nullable VaadinRequest request) {
        if (request == null) {
            return null;
        }
        String param = request.getParameter("lang");
        if (param == null) {
            // Vaadin starts a UI with a request of its own that carries the page's query string.
            param = fromQuery(request.getParameter("query"));
        }
        if (param != null && !param.isBlank()) {
            return Locale.forLanguageTag(param);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .map(c -> Locale.forLanguageTag(c.getValue())).orElse(null);
    }
}
