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

    private final AccountRepository repository;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final SecondFactor secondFactor;
    private final AccountDetailsService details;

    MyAccount(AccountRepository repository, PasswordEncoder encoder, AuditTrail audit, SecondFactor secondFactor,
            AccountDetailsService details) {
        this.repository = repository;
        this.encoder = encoder;
        this.audit = audit;
        this.secondFactor = secondFactor;
        this.details = details;
    }

    public AccountView view(Actor actor) {
        return repository.find(actor.accountId(), "/").orElseThrow();
    }

    /** The account as the security context should now hold it (after a change of password or TOTP). */
    public AccountPrincipal reload(Actor actor) {
        return details.find(actor.accountId()).orElseThrow();
    }

    @Transactional
    public void changePassword(Actor actor, String current, String next, String repeated) {
        requirePassword(actor, current, "currentPassword");
        PasswordPolicy.check(actor.username(), next, "newPassword");
        if (!next.equals(repeated)) {
            throw BusinessException.invalid("repeatPassword", "password.mismatch");
        }
        if (next.equals(current)) {
            throw BusinessException.invalid("newPassword", "password.unchanged");
        }
        repository.setPassword(actor.accountId(), encoder.encode(next), false);
        audit.record("PASSWORD_CHANGED", AccountChanges.ENTITY, actor.accountId(), actor.unitPath(),
                actor.username(), null, Map.of("mustChangePassword", false));
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
