package org.luoshi.identity.internal;

import java.util.Map;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 个人设置: what people do to their own account (change password, switch TOTP off). */
@Service
public class MyAccount {

    /** What a new password ended: the account's other login sessions and its tokens. */
    public record PasswordChanged(int sessionsEnded, int tokensRevoked) {
    }

    private final AccountRepository repository;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final SecondFactor secondFactor;
    private final AccountDetailsService details;
    private final AccountSessions sessions;
    private final ApiTokens tokens;

    MyAccount(AccountRepository repository, PasswordEncoder encoder, AuditTrail audit, SecondFactor secondFactor,
            AccountDetailsService details, AccountSessions sessions, ApiTokens tokens) {
        this.repository = repository;
        this.encoder = encoder;
        this.audit = audit;
        this.secondFactor = secondFactor;
        this.details = details;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    public AccountView view(Actor actor) {
        return repository.find(actor.accountId(), "/").orElseThrow();
    }

    /** The account as the security context should now hold it (after a change of password or TOTP). */
    public AccountPrincipal reload(Actor actor) {
        return details.find(actor.accountId()).orElseThrow();
    }

    /**
     * Sets the password the person chose, and ends what the old one opened: every other login session of the
     * account (on any node) and every token, since whoever knew the old password may hold either. The session
     * {@code keepSession} (the one asking) stays.
     */
    @Transactional
    public PasswordChanged changePassword(Actor actor, String current, String next, String repeated,
            String keepSession) {
        requirePassword(actor, current, "currentPassword");
        if (next != null && encoder.matches(next, repository.passwordHash(actor.accountId()))) {
            throw BusinessException.invalid("newPassword",
                    view(actor).mustChangePassword() ? "password.temporaryKept" : "password.unchanged");
        }
        PasswordPolicy.check(actor.username(), next, "newPassword");
        if (!next.equals(repeated)) {
            throw BusinessException.invalid("repeatPassword", "password.mismatch");
        }
        repository.setPassword(actor.accountId(), encoder.encode(next), false);
        audit.record("PASSWORD_CHANGED", AccountChanges.ENTITY, actor.accountId(), actor.unitPath(),
                actor.username(), null, Map.of("mustChangePassword", false));
        int ended = sessions.endAllBut(actor.username(), keepSession);
        return new PasswordChanged(ended, tokens.revokeAll(actor.accountId(), actor.unitPath()));
    }

    @Transactional
    public void disableSecondFactor(Actor actor, String password) {
        requirePassword(actor, password, "password");
        secondFactor.disable(actor);
    }

    private void requirePassword(Actor actor, String password, String field) {
        if (password == null || !encoder.matches(password, repository.passwordHash(actor.accountId()))) {
            throw BusinessException.invalid(field, "password.currentWrong");
        }
    }
}
