package org.tashawur;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts an account with a role on the current thread, the way a signed-in request would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(String role) {
        SecurityContextHolder.clearContext();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "account-" + role, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
