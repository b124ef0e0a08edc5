package org.tashawur;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Starts Tashawur: Spring Boot, Vaadin with server push, the theme. */
@SpringBootApplication
@Push
@Theme("tashawur")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.setPageTitle("Tashawur");
        settings.addFavIcon("icon", "icons/icon-32.png", "32x32");
        settings.addFavIcon("icon", "icons/icon-192.png", "192x192");
        settings.addLink("apple-touch-icon", "icons/icon-192.png");
    }
}
