package org.tashawur.account;

import java.time.Clock;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tashawur.base.InvalidInputException;
import org.tashawur.base.security.HasDisplayName;

/** Creates accounts with hashed passwords and looks them up for signing in. */
@Service
@Transactional
public class AccountService implements UserDetailsService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException when the user name is taken or malformed, the password shorter
     *     than {@value Account#PASSWORD_MIN} characters, or the name blank
     */
    public void create(String username, String password, String displayName, Role role) {
        if (password == null || password.length() < Account.PASSWORD_MIN) {
            throw new InvalidInputException("validation.password.tooShort");
        }
        Account account = new Account(username, passwords.encode(password), displayName, role, clock.instant());
        if (accounts.existsByUsername(account.getUsername())) {
            throw new InvalidInputException("validation.username.taken");
        }
        accounts.save(account);
    }

    @Transactional(readOnly = true)
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
        return new SignedInUser(account.getUsername(), account.getPasswordHash(), account.getDisplayName(),
                account.getRole());
    }

    /** The signed-in account as Spring Security holds it, with the name to show. */
    public static final class SignedInUser extends User implements HasDisplayName {

        private final String displayName;
        private final Role role;

        SignedInUser(String username, String hash, String displayName, Role role) {
            super(username, hash, java.util.List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
            this.displayName = displayName;
            this.role = role;
        }

        @Override
        public String displayName() {
            return displayName;
        }

        public Role role() {
            return role;
        }
    }
}
