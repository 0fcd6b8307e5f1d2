package org.luoshi.identity.internal;

import java.security.SecureRandom;
import org.luoshi.org.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first system administrator ("admin") at the root unit when there is no account yet. There is no
 * fixed default password: it comes from LUOSHI_ADMIN_PASSWORD, or a random one is printed once in the log.
 */
@Component
@Order(20)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final PasswordEncoder encoder;
    private final String configuredPassword;

    AdminBootstrap(JdbcClient jdbc, UnitDirectory units, PasswordEncoder encoder,
            @Value("${luoshi.admin.password:}") String configuredPassword) {
        this.jdbc = jdbc;
        this.units = units;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from account").query(Long.class).single() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        long id = jdbc.sql("""
                insert into account (username, display_name, password_hash, unit_id)
                values ('admin', '系统管理员', ?, ?) returning id
                """).param(encoder.encode(password)).param(units.root().id()).query(Long.class).single();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'SYSTEM_ADMIN')").param(id).update();
        if (generated) {
            log.warn("First administrator created: username 'admin', password '{}' (shown once; set "
                    + "LUOSHI_ADMIN_PASSWORD to choose it)", password);
        } else {
            log.info("First administrator 'admin' created with the password from LUOSHI_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
