package org.luoshi.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every node when an administrator disables it, changes its roles or unit, or
 * resets its password: the session holds the old permissions, which must not outlive the change.
 */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
        this.repository = repository;
    }

    void endAll(String username) {
        repository.ifAvailable(sessions -> sessions.findByPrincipalName(username).keySet()
                .forEach(sessions::deleteById));
    }
}
