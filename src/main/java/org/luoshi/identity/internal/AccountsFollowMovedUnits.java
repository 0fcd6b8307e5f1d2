package org.luoshi.identity.internal;

import org.luoshi.org.UnitMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a unit moves in the tree, the accounts acting for it and for the units below it follow: their stored unit
 * path, which limits every account list to a subtree, is rewritten in the move's own transaction (a synchronous
 * {@code @EventListener}, as for {@link AccountsFollowMergedUnits}), so an administrator above the new place sees
 * them at once and one above the old place no longer does.
 *
 * <p>Their sessions are ended as well. A session keeps the {@code Actor} read at login, and with it the unit path
 * that scopes everything the person sees and changes; left alone it would go on scoping by the old place until it
 * expires. Ended, the people concerned log in again and get the new scope. The sessions are deleted in Spring
 * Session's own transaction: were the move rolled back after that, they would only have to log in once more.
 */
@Component
class AccountsFollowMovedUnits {

    private final AccountRepository accounts;
    private final AccountSessions sessions;

    AccountsFollowMovedUnits(AccountRepository accounts, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @EventListener
    void on(UnitMoved moved) {
        accounts.rewriteUnitPaths(moved.oldPath(), moved.newPath());
        accounts.usernamesWithin(moved.newPath()).forEach(sessions::endAll);
    }
}
