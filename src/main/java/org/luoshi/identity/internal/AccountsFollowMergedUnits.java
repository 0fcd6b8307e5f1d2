package org.luoshi.identity.internal;

import java.util.List;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When two units are merged, the merged unit's accounts move to the survivor. A plain synchronous
 * {@code @EventListener}, in the merge's own transaction, not an {@code @ApplicationModuleListener}: the merge and
 * the move stand or fall together, so no account is ever left acting for a unit that no longer exists (it could not
 * log in), and there is no event publication registry here to retry an asynchronous listener that failed.
 */
@Component
class AccountsFollowMergedUnits {

    private final AccountRepository accounts;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final AccountSessions sessions;

    AccountsFollowMergedUnits(AccountRepository accounts, UnitDirectory units, AuditTrail audit,
            AccountSessions sessions) {
        this.accounts = accounts;
        this.units = units;
        this.audit = audit;
        this.sessions = sessions;
    }

    @EventListener
    void on(UnitsMerged merged) {
        UnitRef from = units.find(merged.fromId()).orElseThrow();
        UnitRef into = units.find(merged.intoId()).orElseThrow();
        List<Long> ids = accounts.idsOfUnit(from.id());
        for (long id : ids) {
            AccountView before = accounts.find(id, "/").orElseThrow();
            accounts.moveToUnit(id, into);
            AccountView after = accounts.find(id, "/").orElseThrow();
            audit.record("ACCOUNT_MOVED", AccountChanges.ENTITY, id, into.path(), after.username(),
                    AccountChanges.of(before), AccountChanges.of(after));
            sessions.endAll(after.username());
        }
    }
}
