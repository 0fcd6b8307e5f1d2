package org.luoshi.identity.internal;

import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.Messages;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first system administrator ("admin") at the root unit when there is no account yet. */
@Component
@Order(20)
class AdminBootstrap implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final PasswordEncoder encoder;
    private final InitialPassword password;
    private final Messages messages;

    AdminBootstrap(JdbcClient jdbc, UnitDirectory units, PasswordEncoder encoder, InitialPassword password,
            Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.units = units;
        this.encoder = encoder;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from account").query(Long.class).single() > 0) {
            return;
        }
        long id = jdbc.sql("""
                insert into account (username, display_name, password_hash, unit_id)
                values ('admin', ?, ?, ?) returning id
                """).param(messages.get("account.admin.displayName")).param(encoder.encode(password.value())).param(units.root().id())
                .query(Long.class).single();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'SYSTEM_ADMIN')").param(id).update();
        password.announce("First administrator created: username 'admin'");
    }
}
