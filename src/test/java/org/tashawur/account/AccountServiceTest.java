package org.tashawur.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tashawur.IntegrationTest;
import org.tashawur.base.InvalidInputException;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcTemplate jdbc;

    private final String username = "fac-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void a_password_is_stored_only_as_a_bcrypt_hash() {
        accounts.create(username, "correct horse battery", "Nadia El Idrissi", Role.FACILITATOR);

        String hash = jdbc.queryForObject("select password_hash from account where username = ?", String.class, username);
        assertThat(hash).startsWith("$2a$").doesNotContain("correct horse");
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
    }

    @Test
    void signing_in_finds_the_account_with_its_role_and_name() {
        accounts.create(username, "correct horse battery", "هشام", Role.REVIEWER);

        UserDetails user = accounts.loadUserByUsername(" " + username + " ");

        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_REVIEWER");
        assertThat(((AccountService.SignedInUser) user).displayName()).isEqualTo("هشام");
        assertThatThrownBy(() -> accounts.loadUserByUsername("nobody-" + username))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void bad_accounts_are_refused_with_a_message_and_nothing_is_stored() {
        assertThatThrownBy(() -> accounts.create(username, "short", "Nadia", Role.ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.password.tooShort"));
        assertThatThrownBy(() -> accounts.create("two words", "long enough password", "Nadia", Role.ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.username.characters"));
        assertThat(jdbc.queryForObject("select count(*) from account where username = ?", Long.class, username)).isZero();

        accounts.create(username, "long enough password", "Nadia", Role.ADMIN);
        assertThatThrownBy(() -> accounts.create(username, "another long password", "Autre", Role.REVIEWER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.username.taken"));
    }
}
