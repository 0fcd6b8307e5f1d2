package org.luoshi.identity.internal;

import org.luoshi.audit.AuditActor;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Puts every login, failed login and logout in the audit trail, with the address it came from. A failure is
 * filed under the unit of the account tried, or under the root when no such account exists, so the
 * administrators responsible see attacks on their people.
 */
@Component
class LoginAuditListener {

    private final AuditTrail audit;
    private final AccountDetailsService accounts;
    private final UnitDirectory units;
    private final Messages messages;

    LoginAuditListener(AuditTrail audit, AccountDetailsService accounts, UnitDirectory units, Messages messages) {
        this.audit = audit;
        this.accounts = accounts;
        this.units = units;
        this.messages = messages;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            record(principal.actor(), ip(event.getAuthentication()), "LOGIN_SUCCESS", principal.getUsername());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LoginExceptions.SecondFactorRequired) {
            return;
        }
        String attempted = event.getAuthentication().getName();
        String ip = ip(event.getAuthentication());
        String summary = messages.get("audit.login.failure." + reason(event.getException()), attempted);
        accounts.find(attempted).ifPresentOrElse(
                principal -> record(principal.actor(), ip, "LOGIN_FAILURE", summary),
                () -> audit.recordFor(new AuditActor(null, truncate(attempted), null, ip, null), "LOGIN_FAILURE",
                        AccountChanges.ENTITY, null, units.root().path(), summary));
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            record(principal.actor(), ip(event.getAuthentication()), "LOGOUT", principal.getUsername());
        }
    }

    private void record(Actor actor, String ip, String action, String summary) {
        audit.recordFor(new AuditActor(actor.accountId(), actor.username(), actor.unitId(), ip, actor.unitPath()),
                action, AccountChanges.ENTITY, actor.accountId(), actor.unitPath(), summary);
    }

    private static String ip(Authentication authentication) {
        Object details = authentication.getDetails();
        if (details instanceof LoginDetails login) {
            return login.ip();
        }
        if (details instanceof org.springframework.security.web.authentication.WebAuthenticationDetails web) {
            return web.getRemoteAddress();
        }
        return org.luoshi.shared.web.ClientAddress.current().orElse(null);
    }

    private static String reason(Exception failure) {
        if (failure instanceof LoginExceptions.AccountLocked) {
            return "locked";
        }
        if (failure instanceof LoginExceptions.WrongCode) {
            return "wrongCode";
        }
        if (failure instanceof org.springframework.security.authentication.DisabledException) {
            return "disabled";
        }
        return "badCredentials";
    }

    /** actor_name holds 40 characters; a guesser may type more. */
    private static String truncate(String attempted) {
        return attempted == null ? null : attempted.length() > 40 ? attempted.substring(0, 40) : attempted;
    }
}
