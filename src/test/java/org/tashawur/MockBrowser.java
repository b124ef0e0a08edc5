package org.tashawur;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import org.tashawur.consultation.StakeholderGroup;

/**
 * One participant's browser, simulated by Karibu-Testing: its own session and UI on the shared
 * servlet, so that several of them meet in the same Collaboration Engine topics.
 */
public final class MockBrowser {

    private final Map<Class<?>, CurrentInstance> instances;
    private final UI ui;

    private MockBrowser(Map<Class<?>, CurrentInstance> instances, UI ui) {
        this.instances = instances;
        this.ui = ui;
    }

    public static MockBrowser open(VaadinServlet servlet) {
        MockVaadin.setMockRequestFactory(SignedInRequest::new);
        MockVaadin.setup(UI::new, servlet);
        return new MockBrowser(CurrentInstance.getInstances(), UI.getCurrent());
    }

    /**
     * Closes every browser. Their screens are detached first, while the shared Vaadin service
     * (and the Collaboration Engine's executor) still runs; the first tear-down stops both.
     */
    public static void closeAll(List<MockBrowser> browsers) {
        for (MockBrowser browser : browsers) {
            browser.use();
            // The route's view is not among the UI's own children (Vaadin keeps it under a
            // wrapper element), so removeAll() would leave it attached, with its live
            // connections: the engine's tear-down then waits a second for each of them.
            browser.ui.getChildren().toList().forEach(child -> child.getElement().removeFromParent());
        }
        settle(browsers);
        for (MockBrowser browser : browsers) {
            browser.use();
            try {
                MockVaadin.tearDown();
            } catch (Exception e) { // Karibu (Kotlin) throws ExecutionException without declaring it
                // The first tear-down stopped the shared service and its engine executor; a task
                // the engine queued for a later browser in between is refused. Nothing to close.
                if (!(rootCause(e) instanceof RejectedExecutionException)) {
                    throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * Lets each browser run what the engine's threads queue for it (a connection that leaves
     * finishes on its screen's thread) until they have queued nothing for three short rounds,
     * at most about a second.
     */
    private static void settle(List<MockBrowser> browsers) {
        int quietRounds = 0;
        for (int round = 0; round < 100 && quietRounds < 3; round++) {
            boolean ran = false;
            for (MockBrowser browser : browsers) {
                browser.use();
                ran |= !VaadinSession.getCurrent().getPendingAccessQueue().isEmpty();
                MockVaadin.runUIQueue();
            }
            quietRounds = ran ? 0 : quietRounds + 1;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Makes this browser the one the next Karibu calls act on. */
    public MockBrowser use() {
        CurrentInstance.clearAll();
        CurrentInstance.restoreInstances(instances);
        return this;
    }

    public UI ui() {
        return ui;
    }

    /**
     * Signs this browser's session in with an account role, the way Spring Security keeps it
     * (the security context in the HTTP session, which Vaadin's context strategy reads).
     */
    public MockBrowser signedInAs(String role) {
        use();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("account-" + role, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return this;
    }

    /** Joins the meeting through its join screen, as a guest would. */
    @SuppressWarnings("unchecked")
    public MockBrowser join(long meetingId, String name, String organisation, StakeholderGroup group) {
        use();
        ui.navigate("meeting/" + meetingId + "/join");
        _setValue(_get(TextField.class, spec -> spec.withId("join-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("join-organisation")), organisation);
        _setValue((Select<StakeholderGroup>) _get(Select.class, spec -> spec.withId("join-group")), group);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(Button.class, spec -> spec.withId("join-submit")));
        return this;
    }

    /**
     * Lets each browser run what other threads queued for its UI (Collaboration Engine events
     * arrive that way) until {@code condition}, checked in {@code observer}, holds. A condition
     * whose lookup fails (the component is not there or not visible yet) counts as not yet.
     */
    public static void awaitUntil(List<MockBrowser> browsers, MockBrowser observer, String what,
            BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            for (MockBrowser browser : browsers) {
                browser.use();
                MockVaadin.runUIQueue();
            }
            observer.use();
            AssertionError notYet = null;
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (AssertionError e) { // a Karibu lookup that finds nothing yet, or not visible yet
                notYet = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what, notYet);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * A request that carries the session's signed-in account the way Spring Security's servlet
     * wrapper does, so that Vaadin's access control of {@code @RolesAllowed} screens sees it.
     */
    private static final class SignedInRequest extends com.github.mvysny.fakeservlet.FakeRequest {

        private final jakarta.servlet.http.HttpSession session;

        SignedInRequest(com.github.mvysny.fakeservlet.FakeHttpSession session) {
            super(session);
            this.session = session;
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            return authentication();
        }

        @Override
        public boolean isUserInRole(String role) {
            var authentication = authentication();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
        }

        private org.springframework.security.core.@org.jspecify.annotations.Nullable Authentication authentication() {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security ? security.getAuthentication() : null;
        }
    }
}
