package org.tashawur.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tashawur.IntegrationTest;
import org.tashawur.MockBrowser;
import org.tashawur.SignedIn;
import org.tashawur.account.AccountInfo;
import org.tashawur.account.AccountService;
import org.tashawur.account.Role;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.LocalizedText;
import org.tashawur.consultation.ConsultationOverview;
import org.tashawur.consultation.ConsultationService;
import org.tashawur.consultation.NotAllowedException;
import org.tashawur.consultation.SetupService;

/** Administrators set up consultations, meetings, themes and accounts; nobody else can. */
@IntegrationTest
class AdministrationTest {

    private static final Routes ROUTES = org.tashawur.AppRoutes.all();

    @Autowired
    SetupService setup;
    @Autowired
    ConsultationService consultations;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ApplicationContext context;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void an_administrator_sets_up_a_consultation_with_a_theme_and_a_meeting_and_others_cannot() {
        for (String role : new String[] {"", "FACILITATOR", "REVIEWER"}) {
            if (role.isEmpty()) {
                SignedIn.out();
            } else {
                SignedIn.as(role);
            }
            assertThatThrownBy(() -> setup.createConsultation(new LocalizedText("أ", "A", ""), LocalDate.now(),
                    LocalDate.now())).isInstanceOf(NotAllowedException.class);
        }
        SignedIn.as("ADMIN");
        assertThatThrownBy(() -> setup.createConsultation(new LocalizedText("", "Sans arabe", ""),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.consultationTitle.required"));
        assertThatThrownBy(() -> setup.createConsultation(new LocalizedText("ت", "T", ""),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.dates.order"));

        long id = setup.createConsultation(new LocalizedText("استشارة " + suffix, "Consultation " + suffix, ""),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
        setup.addTheme(id, new LocalizedText("الإدماج", "Inclusion", "Inclusion"));
        setup.addMeeting(id, new LocalizedText("سوس ماسة", "Souss-Massa", ""), "أكادير", LocalDate.of(2026, 1, 20));

        ConsultationOverview created = setup.overview().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        assertThat(created.title().en()).as("English falls back to French").isEqualTo("Consultation " + suffix);
        assertThat(created.meetings()).extracting(m -> m.region().fr()).containsExactly("Souss-Massa");
        assertThat(consultations.themes(id)).extracting(t -> t.name().fr()).containsExactly("Inclusion");
    }

    @Test
    void an_administrator_manages_accounts_and_a_switched_off_account_cannot_sign_in() {
        String nadia = "nadia-" + suffix;
        SignedIn.as("FACILITATOR");
        assertThatThrownBy(() -> accounts.createAsAdministrator(nadia, "long enough password", "Nadia", Role.ADMIN))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> accounts.list()).isInstanceOf(NotAllowedException.class);

        SignedIn.as("ADMIN");
        accounts.createAsAdministrator(nadia, "long enough password", "Nadia", Role.FACILITATOR);
        assertThat(accounts.list()).extracting(AccountInfo::username).contains(nadia);

        accounts.resetPassword(nadia, "a brand new password");
        UserDetails user = accounts.loadUserByUsername(nadia);
        assertThat(passwords.matches("a brand new password", user.getPassword())).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(nadia, "short")).isInstanceOf(InvalidInputException.class);

        accounts.setEnabled(nadia, false);
        assertThat(accounts.loadUserByUsername(nadia).isEnabled()).isFalse();
        accounts.setEnabled(nadia, true);
        assertThat(accounts.loadUserByUsername(nadia).isEnabled()).isTrue();
    }

    @Test
    void an_administrator_cannot_switch_off_their_own_account() {
        SignedIn.as("ADMIN"); // signs in as "account-ADMIN"
        String me = "account-ADMIN";
        if (accounts.list().stream().noneMatch(a -> a.username().equals(me))) {
            accounts.createAsAdministrator(me, "long enough password", "Admin", Role.ADMIN);
        }
        assertThatThrownBy(() -> accounts.setEnabled(me, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.notYourself"));
    }

    @Test
    void the_administration_screen_creates_a_meeting_that_the_start_screen_then_lists() {
        SignedIn.as("ADMIN");
        long id = setup.createConsultation(new LocalizedText("استشارة " + suffix, "Consultation " + suffix, ""),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
        SignedIn.out();
        MockSpringServlet servlet = new MockSpringServlet(ROUTES, context, UI::new);
        MockBrowser admin = MockBrowser.open(servlet).signedInAs("ADMIN");
        try {
            admin.ui().navigate("admin");
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.select.Select<ConsultationOverview> consultation =
                    _get(com.vaadin.flow.component.select.Select.class, s -> s.withClasses("meeting-consultation"));
            _click(_get(Button.class, s -> s.withClasses("add-meeting-button")));
            assertThat(texts()).as("nothing added without a consultation").noneMatch(t -> t.contains("Drâa"));

            _setValue(consultation, consultation.getListDataView().getItems().filter(c -> c.id() == id)
                    .findFirst().orElseThrow());
            _setValue(_get(TextField.class, s -> s.withClasses("meeting-region-ar")), "درعة تافيلالت");
            _setValue(_get(TextField.class, s -> s.withClasses("meeting-region-fr")), "Drâa-Tafilalet");
            _setValue(_get(TextField.class, s -> s.withClasses("meeting-place")), "الرشيدية");
            _setValue(_get(DatePicker.class, s -> s.withClasses("meeting-date")), LocalDate.of(2026, 1, 12));
            _click(_get(Button.class, s -> s.withClasses("add-meeting-button")));
            assertThat(texts()).anyMatch(t -> t.startsWith("درعة تافيلالت"));

            admin.ui().navigate("");
            assertThat(_find(com.vaadin.flow.component.html.H3.class).stream().map(h -> h.getText()))
                    .contains("درعة تافيلالت");
        } finally {
            MockBrowser.closeAll(List.of(admin));
        }
    }

    @Test
    void the_administration_screen_is_closed_to_facilitators() {
        MockSpringServlet servlet = new MockSpringServlet(ROUTES, context, UI::new);
        MockBrowser facilitator = MockBrowser.open(servlet).signedInAs("FACILITATOR");
        try {
            facilitator.use();
            try {
                facilitator.ui().navigate("admin");
            } catch (AssertionError | RuntimeException refused) { // Karibu reports Vaadin's access denial as an error
                assertThat(refused).hasStackTraceContaining("AccessDenied");
            }
            assertThat(facilitator.ui().getInternals().getActiveRouterTargetsChain())
                    .extracting(target -> target.getClass().getSimpleName()).doesNotContain("AdminView");
        } finally {
            MockBrowser.closeAll(List.of(facilitator));
        }
    }

    private static List<String> texts() {
        return _find(Span.class, s -> s.withClasses("admin-meeting")).stream().map(Span::getText).toList();
    }
}
