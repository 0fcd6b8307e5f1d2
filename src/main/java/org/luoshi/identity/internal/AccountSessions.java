package org.luoshi.identity.internal;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every node when an administrator disables it, changes its roles or unit, or
 * resets its password, and when its owner chooses a new password: the session holds the old permissions (or was
 * opened with the old password), which must not outlive the change.
 */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
        this.repository = repository;
    }

    void endAll(String username) {
        endAllBut(username, null);
    }

    /** Ends the account's sessions except {@code keep} (the one asking, may be null); returns how many ended. */
    int endAllBut(String username, String keep) {
        FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return 0;
        }
        List<String> ended = sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep)).toList();
        ended.forEach(sessions::deleteById);
        return ended.size();
    }
}
