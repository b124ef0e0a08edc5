package org.tashawur.account;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.tashawur.base.security.CurrentUser;
import org.tashawur.consultation.NotAllowedException;
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

    /**
     * Creates an account for someone who runs or follows up meetings: administrators only.
     *
     * @throws NotAllowedException for anyone else
     * @throws InvalidInputException as {@link #create} does
     */
    public void createAsAdministrator(String username, String password, String displayName, Role role) {
        checkAdministrator();
        create(username, password, displayName, role);
    }

    /** Every account, by user name: administrators only. */
    @Transactional(readOnly = true)
    public List<AccountInfo> list() {
        checkAdministrator();
        return accounts.findAll(Sort.by("username")).stream().map(Account::toInfo).toList();
    }

    /**
     * Switches an account on or off; a switched-off account can no longer sign in. Administrators
     * cannot switch their own account off (someone must stay able to administer).
     */
    public void setEnabled(String username, boolean enabled) {
        checkAdministrator();
        Account account = find(username);
        if (!enabled && CurrentUser.username().filter(account.getUsername()::equals).isPresent()) {
            throw new InvalidInputException("account.notYourself");
        }
        account.setEnabled(enabled);
    }

    /** Gives an account a new password (someone forgot theirs): administrators only. */
    public void resetPassword(String username, String password) {
        checkAdministrator();
        if (password == null || password.length() < Account.PASSWORD_MIN) {
            throw new InvalidInputException("validation.password.tooShort");
        }
        find(username).setPasswordHash(passwords.encode(password));
    }

    private Account find(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new InvalidInputException("account.unknown"));
    }

    private static void checkAdministrator() {
        if (!CurrentUser.hasRole(Role.ADMIN.name())) {
            throw new NotAllowedException("access.adminsOnly");
        }
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
                account.getRole(), account.isEnabled());
    }

    /** The signed-in account as Spring Security holds it, with the name to show. */
    public static final class SignedInUser extends User implements HasDisplayName {

        private final String displayName;
        private final Role role;

        SignedInUser(String username, String hash, String displayName, Role role, boolean enabled) {
            super(username, hash, enabled, true, true, true,
                    java.util.List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
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
