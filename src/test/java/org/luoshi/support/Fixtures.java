package org.luoshi.support;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.luoshi.identity.internal.AccountDetailsService;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds the small trees and accounts tests need, straight into the database, with unique codes so that tests
 * sharing one database never collide. Import it with {@code @Import(Fixtures.class)} or autowire it.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "Correct-Horse-42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final PasswordEncoder encoder;
    private final AccountDetailsService accounts;

    public Fixtures(JdbcClient jdbc, UnitDirectory units, PasswordEncoder encoder, AccountDetailsService accounts) {
        this.jdbc = jdbc;
        this.units = units;
        this.encoder = encoder;
        this.accounts = accounts;
    }

    public long root() {
        return units.root().id();
    }

    /** A unit under {@code parentId}; its code is unique for the whole test run. */
    public long unit(long parentId, String name, String type) {
        String parentPath = units.find(parentId).orElseThrow().path();
        String code = "T" + System.nanoTime() % 1_000_000_000L + SEQUENCE.incrementAndGet();
        long id = jdbc.sql("""
                insert into unit (code, name, short_name, type, parent_id, path, depth)
                values (?, ?, ?, ?, ?, 'pending', ?) returning id
                """).param(code).param(name).param(name).param(type).param(parentId)
                .param(parentPath.split("/").length - 1).query(Long.class).single();
        jdbc.sql("update unit set path = ? where id = ?").param(parentPath + id + "/").param(id).update();
        return id;
    }

    public String code(long unitId) {
        return units.find(unitId).orElseThrow().code();
    }

    /** An account acting for {@code unitId} with password {@link #PASSWORD}; the username is made unique. */
    public String account(String usernamePrefix, long unitId, Role... roles) {
        String username = usernamePrefix + SEQUENCE.incrementAndGet();
        // the path is copied as the identity module does, from the org module's directory
        long id = jdbc.sql("""
                insert into account (username, display_name, password_hash, unit_id, unit_path)
                values (?, ?, ?, ?, ?) returning id
                """).param(username).param(usernamePrefix).param(encoder.encode(PASSWORD)).param(unitId)
                .param(units.find(unitId).orElseThrow().path()).query(Long.class).single();
        Arrays.stream(roles).forEach(role -> jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
                .param(id).param(role.name()).update());
        return username;
    }

    /** Makes a MockMvc request as that account, as if it had logged in. */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername(username));
    }

    /** Two sibling provinces with a county each: the shape every scope test needs. */
    public Tree tree() {
        long root = root();
        long provinceA = unit(root, "甲省老科协", "PROVINCIAL");
        long countyA = unit(provinceA, "甲省一县老科协", "COUNTY");
        long provinceB = unit(root, "乙省老科协", "PROVINCIAL");
        long countyB = unit(provinceB, "乙省一县老科协", "COUNTY");
        return new Tree(root, provinceA, countyA, provinceB, countyB);
    }

    public record Tree(long root, long provinceA, long countyA, long provinceB, long countyB) {
    }
}
