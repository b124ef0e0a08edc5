package org.tashawur.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from TASHAWUR_ADMIN_USERNAME and TASHAWUR_ADMIN_PASSWORD when
 * there is no account yet. There is no default password: without them, nobody can sign in (guests
 * can still join meetings) and the log says what to set.
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    FirstAdministrator(AccountService accounts, @Value("${tashawur.admin.username:}") String username,
            @Value("${tashawur.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasAccounts()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No account exists yet. Set TASHAWUR_ADMIN_USERNAME and TASHAWUR_ADMIN_PASSWORD "
                    + "(at least 10 characters) and restart to create the first administrator.");
            return;
        }
        accounts.create(username, password, username, Role.ADMIN);
        log.info("Created the first administrator account '{}'", username);
    }
}
