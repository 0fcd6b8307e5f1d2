package org.luoshi.identity.internal;

import java.util.Set;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first system administrator ("admin") at the root unit when there is no account yet. */
@Component
@Order(20)
class AdminBootstrap implements ApplicationRunner {

    private final AccountRepository accounts;
    private final UnitDirectory units;
    private final PasswordEncoder encoder;
    private final InitialPassword password;
    private final Messages messages;

    AdminBootstrap(AccountRepository accounts, UnitDirectory units, PasswordEncoder encoder, InitialPassword password,
            Messages messages) {
        this.accounts = accounts;
        this.units = units;
        this.encoder = encoder;
        this.password = password;
        this.messages = messages;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!accounts.none()) {
            return;
        }
        long id = accounts.insert("admin", messages.get("account.admin.displayName"), units.root(),
                encoder.encode(password.value()), false);
        accounts.replaceRoles(id, Set.of(Role.SYSTEM_ADMIN));
        password.announce("First administrator created: username 'admin'");
    }
}
