package org.luoshi.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts for trying each role at several levels of the demo tree (docs/demo-accounts.md). Runs after the org
 * demo data (order 15); an account whose unit is missing is skipped, one that exists is left alone. They share
 * the first administrator's password.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "luoshi.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    record Demo(String username, Role role, String unitCode) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("prov-admin", Role.UNIT_ADMIN, "330000"),
            new Demo("city-admin", Role.UNIT_ADMIN, "330100"),
            new Demo("county-admin", Role.UNIT_ADMIN, "330106"),
            new Demo("bj-admin", Role.UNIT_ADMIN, "110000"),
            new Demo("leader", Role.LEADER, "100000"),
            new Demo("editor", Role.EDITOR, "100000"),
            new Demo("prov-editor", Role.EDITOR, "330000"),
            new Demo("city-editor", Role.EDITOR, "330100"),
            new Demo("county-editor", Role.EDITOR, "330106"),
            new Demo("evaluator", Role.EVALUATOR, "100000"),
            new Demo("member", Role.MEMBER, "330106"));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final UnitDirectory units;
    private final PasswordEncoder encoder;
    private final InitialPassword password;
    private final Messages messages;
    private final MemberDirectory members;

    DemoAccounts(AccountRepository accounts, UnitDirectory units, PasswordEncoder encoder, InitialPassword password,
            Messages messages, MemberDirectory members) {
        this.members = members;
        this.accounts = accounts;
        this.units = units;
        this.encoder = encoder;
        this.password = password;
        this.messages = messages;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = encoder.encode(password.value());
        int created = 0;
        for (Demo demo : ACCOUNTS) {
            created += create(demo, hash) ? 1 : 0;
        }
        if (created > 0) {
            password.announce(created + " demo accounts created (docs/demo-accounts.md); they share the first "
                    + "administrator's password");
        }
    }

    private boolean create(Demo demo, String hash) {
        Optional<UnitRef> unit = units.findByCode(demo.unitCode());
        if (unit.isEmpty()) {
            log.info("Demo account '{}' skipped: no unit with code {}", demo.username(), demo.unitCode());
            return false;
        }
        if (accounts.exists(demo.username())) {
            // an installation whose demo accounts predate linking members: the member account is linked now
            if (demo.role() == Role.MEMBER) {
                accounts.unlinked(demo.username()).ifPresent(id -> linkToMember(id, unit.get()));
            }
            return false;
        }
        long id = accounts.insert(demo.username(), messages.get("demo.account." + demo.username()), unit.get(),
                hash, false);
        accounts.replaceRoles(id, Set.of(demo.role()));
        if (demo.role() == Role.MEMBER) {
            linkToMember(id, unit.get());
        }
        return true;
    }

    /** The demo member account reads as the first member of its unit (by name) not yet linked to an account. */
    private void linkToMember(long accountId, UnitRef unit) {
        members.search(unit.path(), null, unit.id(), 20).stream()
                .filter(member -> accounts.linkedTo(member.id(), accountId).isEmpty()).findFirst()
                .ifPresent(member -> accounts.linkMember(accountId, member.id()));
    }
}
